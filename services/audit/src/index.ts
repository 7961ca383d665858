export { createAuditService, type AuditService, type AuditServiceOptions } from './app';
export { auditSchema, auditEntries } from './db/schema';
