import type { Db, ServiceContext, Tx } from '@tiffin/service-kit';
import type { AuditSchema } from './db/schema';

export type AuditDb = Db<AuditSchema>;
export type AuditTx = Tx<AuditSchema>;

/** The message source name the audit service writes on everything it publishes. */
export const auditSource = 'audit';

/** What routes and consumers share. The database exists only once the service has started. */
export type AuditContext = ServiceContext<AuditSchema>;
