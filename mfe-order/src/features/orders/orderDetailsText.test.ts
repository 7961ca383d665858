import { describe, expect, it } from 'vitest';
import { paymentText } from './orderDetailsText';

describe('paymentText', () => {
  it('says what is held, charged, refunded, released or declined on the card, with the amount, in words a customer reads', () => {
    expect(paymentText({ status: 'AUTHORIZED', amountCents: 2450, declineReason: null }, '$24.50')).toBe(
      '$24.50 is held on your card for this order',
    );
    expect(paymentText({ status: 'CAPTURED', amountCents: 2450, declineReason: null }, '$24.50')).toBe('$24.50 was charged to your card');
    expect(paymentText({ status: 'REFUNDED', amountCents: 2450, declineReason: null }, '$24.50')).toBe('$24.50 was refunded to your card');
    expect(paymentText({ status: 'REVERSED', amountCents: 2450, declineReason: null }, '$24.50')).toBe(
      'The hold of $24.50 on your card is released: nothing is charged',
    );
    expect(paymentText({ status: 'REVERSED', amountCents: 0, declineReason: null }, '$0.00')).toBe('Nothing was charged to your card');
    expect(paymentText({ status: 'DECLINED', amountCents: 2450, declineReason: 'Your card was declined by your bank' }, '$24.50')).toBe(
      'Your card was declined by your bank',
    );
    expect(paymentText({ status: 'DECLINED', amountCents: 2450, declineReason: null }, '$24.50')).toBe('Your card was declined');
  });
});
