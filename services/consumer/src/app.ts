import { fileURLToPath } from 'node:url';
import { defineService, type Service, type ServiceOptions } from '@tiffin/service-kit';
import { consumerSchema, type ConsumerSchema } from './db/schema';
import { getConsumerRoute } from './routes/get-consumer';
import { seedDemoCustomers } from './seed/seed-consumers';
import { validateConsumerSubscription } from './validation/validate-consumer-consumer';

export type ConsumerServiceOptions = ServiceOptions;
/** start() also adds the demo customers if they are missing. */
export type ConsumerService = Service<ConsumerSchema>;

export const createConsumerService: (options: ConsumerServiceOptions) => ConsumerService = defineService({
  name: 'consumer',
  schema: consumerSchema,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  routes: [getConsumerRoute],
  subscriptions: [validateConsumerSubscription],
  afterStart: async (context) => {
    const added = await seedDemoCustomers(context.db);
    if (added > 0) context.logger.info({ customers: added }, 'seeded the demo customers');
  },
});
