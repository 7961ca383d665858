import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
      { id: guestCustomer.cards.everyday, brand: 'Visa', last4: '4242', expiryMonth: 12, expiryYear: 2030, label: 'Everyday Visa' },
      { id: guestCustomer.cards.alwaysDeclined, brand: 'Visa', last4: '0002', expiryMonth: 12, expiryYear: 2030, label: 'Demo card that is always declined' },
    ]);
    expect(response.body).not.toContain('tok_');
  });

  it('has every demo customer who can sign in, each with a card that is not expired', async () => {
    const today = new Date();
    const notExpired = (card: { expiryYear: number; expiryMonth: number }) =>
      card.expiryYear * 12 + card.expiryMonth >= today.getFullYear() * 12 + today.getMonth() + 1;
    for (const who of [demoAccounts.guest, demoAccounts.asha, demoAccounts.leo]) {
      const account = consumerAccount.parse((await get(`/consumers/${who.consumerId}`)).json());
      expect(account).toMatchObject({ id: who.consumerId, name: who.displayName, email: who.email });
      expect(account.cards.some(notExpired)).toBe(true);
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
