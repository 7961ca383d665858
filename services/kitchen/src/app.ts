import { fileURLToPath } from 'node:url';
import { defineService, type Service, type ServiceOptions } from '@tiffin/service-kit';
import { kitchenSchema, type KitchenSchema } from './db/schema';
import { getTicketRoute } from './routes/get-ticket';
import { listTicketsRoute } from './routes/list-tickets';
import { ticketProgressRoutes } from './routes/ticket-progress-routes';
import { ticketCommandsSubscription } from './tickets/ticket-commands-consumer';

export type KitchenServiceOptions = ServiceOptions;
export type KitchenService = Service<KitchenSchema>;

export const createKitchenService: (options: KitchenServiceOptions) => KitchenService = defineService({
  name: 'kitchen',
  schema: kitchenSchema,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  routes: [listTicketsRoute, getTicketRoute, ticketProgressRoutes],
  subscriptions: [ticketCommandsSubscription],
});
