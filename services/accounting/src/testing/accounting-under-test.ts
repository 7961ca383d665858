import { serviceUnderTest, type ServiceUnderTest } from '@tiffin/service-kit/testing';
import { createAccountingService, type AccountingService } from '../app';

export type AccountingUnderTest = ServiceUnderTest<AccountingService>;

/** The real accounting service on its own embedded database and in-process broker, not started yet. */
export function accountingUnderTest(): Promise<AccountingUnderTest> {
  return serviceUnderTest('accounting', createAccountingService);
}
