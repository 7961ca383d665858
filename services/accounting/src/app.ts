import { fileURLToPath } from 'node:url';
import { defineService, type Service, type ServiceOptions } from '@tiffin/service-kit';
import { accountingSchema, type AccountingSchema } from './db/schema';
import { cardCommandsSubscription } from './authorization/card-commands-consumer';
import { getAuthorizationRoute } from './routes/get-authorization';

export type AccountingServiceOptions = ServiceOptions;
export type AccountingService = Service<AccountingSchema>;

export const createAccountingService: (options: AccountingServiceOptions) => AccountingService = defineService({
  name: 'accounting',
  schema: accountingSchema,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  routes: [getAuthorizationRoute],
  subscriptions: [cardCommandsSubscription],
});
