import { describe, expect, it } from 'vitest';
import { createOrderSagaStart, nextCreateOrderSagaStep } from './create-order-saga';

describe('the create-order saga state machine', () => {
  it('starts by asking the catalog to validate the order details', () => {
    expect(createOrderSagaStart).toEqual({ state: 'VALIDATING_ORDER_DETAILS', actions: [{ kind: 'validateOrderDetails' }] });
  });

  it('approves the order once the details are validated', () => {
    expect(nextCreateOrderSagaStep('VALIDATING_ORDER_DETAILS', { type: 'OrderDetailsValidated' })).toEqual({
      state: 'APPROVED',
      actions: [{ kind: 'approveOrder' }],
    });
  });

  it('rejects the order with the catalog’s reason', () => {
    const step = nextCreateOrderSagaStep('VALIDATING_ORDER_DETAILS', {
      type: 'OrderDetailsRejected',
      reason: 'Paneer Tikka is no longer available',
    });
    expect(step).toEqual({
      state: 'REJECTED',
      actions: [{ kind: 'rejectOrder', reason: 'Paneer Tikka is no longer available' }],
    });
  });

  it('ignores replies once the saga has ended', () => {
    expect(nextCreateOrderSagaStep('APPROVED', { type: 'OrderDetailsRejected', reason: 'late' })).toBeUndefined();
    expect(nextCreateOrderSagaStep('REJECTED', { type: 'OrderDetailsValidated' })).toBeUndefined();
    expect(nextCreateOrderSagaStep('APPROVED', { type: 'OrderDetailsValidated' })).toBeUndefined();
  });
});
