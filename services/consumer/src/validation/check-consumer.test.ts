import { describe, expect, it } from 'vitest';
import { checkConsumer } from './check-consumer';

const consumerId = crypto.randomUUID();
const card = { consumerId, brand: 'Visa', last4: '4242', expiryMonth: 3, expiryYear: 2027, paymentToken: 'tok_visa' };
const march2027 = new Date('2027-03-31T23:00:00Z');

describe('checking the customer of an order and their card', () => {
  it('lets a known customer pay with their own card, giving the card’s token', () => {
    expect(checkConsumer({ consumerId }, { consumerExists: true, card }, march2027)).toEqual({ ok: true, paymentToken: 'tok_visa' });
  });

  it('refuses a customer it does not know', () => {
    expect(checkConsumer({ consumerId }, { consumerExists: false, card: undefined }, march2027)).toEqual({
      ok: false,
      reason: 'We could not find your customer account',
    });
  });

  it('refuses another customer’s card exactly like a missing one', () => {
    const someoneElses = checkConsumer({ consumerId }, { consumerExists: true, card: { ...card, consumerId: crypto.randomUUID() } }, march2027);
    const missing = checkConsumer({ consumerId }, { consumerExists: true, card: undefined }, march2027);
    expect(someoneElses).toEqual({ ok: false, reason: 'The card you chose is not on your account' });
    expect(missing).toEqual(someoneElses);
  });

  it('takes a card until the end of its expiry month, not after', () => {
    expect(checkConsumer({ consumerId }, { consumerExists: true, card }, new Date('2027-04-01T00:00:00Z'))).toEqual({
      ok: false,
      reason: 'Your Visa ending 4242 has expired',
    });
  });
});
