import { describe, expect, it } from 'vitest';
import { paymentText } from './orderDetailsText';

describe('paymentText', () => {
  it('says what is held, released or declined on the card, in words a customer reads', () => {
    expect(paymentText({ status: 'AUTHORIZED', amountCents: 2450, declineReason: null }, '$24.50')).toBe(
      '$24.50 is held on your card for this order',
    );
    expect(paymentText({ status: 'REVERSED', amountCents: 2450, declineReason: null }, '$24.50')).toBe(
      'The hold on your card is released: nothing is charged',
    );
    expect(paymentText({ status: 'DECLINED', amountCents: 2450, declineReason: 'Your card was declined by your bank' }, '$24.50')).toBe(
      'Your card was declined by your bank',
    );
    expect(paymentText({ status: 'DECLINED', amountCents: 2450, declineReason: null }, '$24.50')).toBe('Your card was declined');
  });
});
