import { serviceUnderTest, type ServiceUnderTest } from '@tiffin/service-kit/testing';
import { createAuditService, type AuditService } from '../app';

export type AuditUnderTest = ServiceUnderTest<AuditService>;

/** The real audit service on its own embedded database and in-process broker, not started yet. */
export function auditUnderTest(): Promise<AuditUnderTest> {
  return serviceUnderTest('audit', createAuditService);
}
