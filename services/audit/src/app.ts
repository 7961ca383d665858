import { fileURLToPath } from 'node:url';
import { defineService, type Service, type ServiceOptions } from '@tiffin/service-kit';
import { auditSchema, type AuditSchema } from './db/schema';
import { auditEntryRoutes } from './routes/audit-entry-routes';

export type AuditServiceOptions = ServiceOptions;
export type AuditService = Service<AuditSchema>;

/** The audit service: what operators did to the installation, who, when, and how it ended. */
export const createAuditService: (options: AuditServiceOptions) => AuditService = defineService({
  name: 'audit',
  schema: auditSchema,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  routes: [],
  operatorRoutes: [auditEntryRoutes],
  subscriptions: [],
});
