export { createAuditService, type AuditService, type AuditServiceOptions } from './app';
export { auditSchema } from './db/schema';
