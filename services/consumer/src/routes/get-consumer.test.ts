import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { consumerAccount, guestCustomer } from '@tiffin/contracts';
import { demoAccounts } from '@tiffin/demo-accounts';
import { seedDemoCustomers } from '../seed/seed-consumers';
import { consumerUnderTest, type ConsumerUnderTest } from '../testing/consumer-under-test';

describe('reading a customer and their cards', () => {
  let consumer: ConsumerUnderTest;

  beforeAll(async () => {
    consumer = await consumerUnderTest();
    await consumer.service.start();
  });
  afterAll(() => consumer.dispose());

  const get = (url: string) => consumer.service.app.inject({ method: 'GET', url });

  it('answers the seeded guest with their cards in order, without any token', async () => {
    const response = await get(`/consumers/${guestCustomer.consumerId}`);
    expect(response.statusCode).toBe(200);
    const account = consumerAccount.parse(response.json());
    expect(account).toMatchObject({ id: guestCustomer.consumerId, name: 'Guest' });
    expect(account.cards).toEqual([
      { id: guestCustomer.cards.everyday, brand: 'Visa', last4: '4242', expiryMonth: 12, expiryYear: 2030, label: 'Everyday Visa', expired: false },
      { id: guestCustomer.cards.alwaysDeclined, brand: 'Visa', last4: '0002', expiryMonth: 12, expiryYear: 2030, label: 'Demo card that is always declined', expired: false },
    ]);
    expect(response.body).not.toContain('tok_');
  });

  it('has every demo customer who can sign in, each with a card that is not expired', async () => {
    for (const who of [demoAccounts.guest, demoAccounts.asha, demoAccounts.leo]) {
      const account = consumerAccount.parse((await get(`/consumers/${who.consumerId}`)).json());
      expect(account).toMatchObject({ id: who.consumerId, name: who.displayName, email: who.email });
      expect(account.cards.some((card) => !card.expired)).toBe(true);
    }
  });

  it('says which cards are expired by its own clock: good to the end of the expiry month, expired after', async () => {
    const cardsOfAsha = async () => consumerAccount.parse((await get(`/consumers/${demoAccounts.asha.consumerId}`)).json()).cards;
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      // Work Mastercard expires 06/29; Old Visa 01/24.
      vi.setSystemTime(new Date('2029-06-30T23:59:59Z'));
      expect((await cardsOfAsha()).map(({ label, expired }) => [label, expired])).toEqual([
        ['Work Mastercard', false],
        ['Old Visa', true],
      ]);
      vi.setSystemTime(new Date('2029-07-01T00:00:00Z'));
      expect((await cardsOfAsha()).map(({ expired }) => expired)).toEqual([true, true]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('seeds once: seeding again, as the next start does, adds nobody and no card twice', async () => {
    expect(await seedDemoCustomers(consumer.service.db)).toBe(0);
    const account = consumerAccount.parse((await get(`/consumers/${guestCustomer.consumerId}`)).json());
    expect(account.cards).toHaveLength(2);
  });

  it('answers 404 naming an unknown customer, 400 for a malformed id', async () => {
    const unknown = crypto.randomUUID();
    const missing = await get(`/consumers/${unknown}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toBe(`consumer ${unknown} does not exist`);
    const malformed = await get('/consumers/me');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().message).toMatch(/params\.consumerId/);
  });
});
