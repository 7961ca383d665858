import { z } from 'zod';
import { id } from './common';
import { freeText } from './text';

export const auditEntry = z.object({ id, title: z.string(), createdAt: z.iso.datetime() });
export type AuditEntry = z.infer<typeof auditEntry>;

/** audit service: POST /entries */
export const newAuditEntry = z.object({ title: freeText().trim().min(1).max(200) });
/** audit service: GET /entries/:entryId */
export const auditEntryParams = z.object({ entryId: id });
