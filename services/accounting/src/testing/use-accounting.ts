import { afterAll, beforeAll } from 'vitest';
import type { AccountingBackend, AccountingUnderTest } from './accounting-under-test';
import { paymentCalls, type PaymentCalls } from './payment-calls';

export interface AccountingSuite {
  accounting: AccountingUnderTest;
  calls: PaymentCalls;
}

/**
 * Accounting started on `backend` for one suite, with the calls its tests make; disposed after it.
 * `beforeStart` subscribes to what accounting publishes before its consumers run.
 */
export function useAccounting(backend: AccountingBackend, beforeStart?: (accounting: AccountingUnderTest) => Promise<void>): AccountingSuite {
  const suite = {} as AccountingSuite;
  beforeAll(async () => {
    suite.accounting = await backend.start();
    await beforeStart?.(suite.accounting);
    await suite.accounting.service.start();
    suite.calls = paymentCalls(suite.accounting);
  });
  afterAll(() => suite.accounting.dispose());
  return suite;
}
