import { describe, expect, it } from 'vitest';
import type { CardAuthorization } from '@tiffin/contracts';
import { orderPaymentOf } from './order-payment';

const held: CardAuthorization = {
  id: '0c6f4a0e-2f61-4b8e-9a57-3c1d2e4f5a61',
  orderId: '7d2b9e14-6a3c-4f05-8b1e-9c0d4e5f6a72',
  consumerId: '5c0e1f8e-3b7a-4c52-9d1e-6f2a8b4c7d10',
  cardId: '3e5f7a9b-2c4d-4e6f-8a1b-3c5d7e9f1a2b',
  amountCents: 3185,
  status: 'AUTHORIZED',
  declineReason: null,
  capturedCents: null,
  capturedAt: null,
  refundedCents: null,
  refundedAt: null,
  refundReason: null,
  createdAt: '2026-12-03T18:00:00.000Z',
  updatedAt: '2026-12-03T18:00:00.000Z',
};

describe('orderPaymentOf', () => {
  it('gives the amount each status is about: held, then what was charged, then what was refunded', () => {
    expect(orderPaymentOf(held)).toEqual({ status: 'AUTHORIZED', amountCents: 3185, declineReason: null });
    const charged = { ...held, status: 'CAPTURED' as const, capturedCents: 2990, capturedAt: '2026-12-03T19:00:00.000Z' };
    expect(orderPaymentOf(charged)).toEqual({ status: 'CAPTURED', amountCents: 2990, declineReason: null });
    const refunded = { ...charged, status: 'REFUNDED' as const, refundedCents: 2990, refundedAt: '2026-12-04T09:00:00.000Z', refundReason: 'cold' };
    expect(orderPaymentOf(refunded)).toEqual({ status: 'REFUNDED', amountCents: 2990, declineReason: null });
    expect(orderPaymentOf({ ...held, status: 'REVERSED' })).toEqual({ status: 'REVERSED', amountCents: 3185, declineReason: null });
  });
});
