import { fileURLToPath } from 'node:url';
import { defineService, type Service, type ServiceOptions } from '@tiffin/service-kit';
import { accountingSchema, type AccountingSchema } from './db/schema';
import { cardCommandsSubscription } from './authorization/card-commands-consumer';
import { deliveredSubscription } from './capture/delivered-consumer';
import type { CardNetwork } from './card-network/card-network';
import { createSandboxCardNetwork } from './card-network/sandbox-card-network';
import { getAuthorizationRoute } from './routes/get-authorization';
import { refundPaymentRoute } from './routes/refund-payment';

export interface AccountingServiceOptions extends ServiceOptions {
  /** The payment provider; the sandbox until a real one is wired in. */
  cardNetwork?: CardNetwork;
}
export type AccountingService = Service<AccountingSchema>;

export function createAccountingService(options: AccountingServiceOptions): AccountingService {
  const network = options.cardNetwork ?? createSandboxCardNetwork();
  return defineService({
    name: 'accounting',
    schema: accountingSchema,
    migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
    routes: [getAuthorizationRoute, refundPaymentRoute(network)],
    subscriptions: [cardCommandsSubscription(network), deliveredSubscription(network)],
  })(options);
}
