import { fileURLToPath } from 'node:url';
import { defineService, type Service, type ServiceOptions } from '@tiffin/service-kit';
import { auditSchema, type AuditSchema } from './db/schema';
import { entryRoutes } from './routes/entry-routes';

export type AuditServiceOptions = ServiceOptions;
export type AuditService = Service<AuditSchema>;

/** The audit service: its entries, its own data. */
export const createAuditService: (options: AuditServiceOptions) => AuditService = defineService({
  name: 'audit',
  schema: auditSchema,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  routes: [entryRoutes],
  subscriptions: [],
});
