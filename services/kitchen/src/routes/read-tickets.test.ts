import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessage } from '@tiffin/messages';
import { ticket as ticketSchema, ticketList } from '@tiffin/contracts';
import { eventually } from '@tiffin/service-kit/testing';
import { kitchenUnderTest, type KitchenUnderTest } from '../testing/kitchen-under-test';

describe('reading tickets', () => {
  const restaurantId = crypto.randomUUID();
  const orders = [crypto.randomUUID(), crypto.randomUUID()];
  const elsewhere = crypto.randomUUID();
  let kitchen: KitchenUnderTest;

  beforeAll(async () => {
    kitchen = await kitchenUnderTest();
    await kitchen.service.start();
    for (const [orderId, restaurant] of [...orders.map((o) => [o, restaurantId]), [elsewhere, crypto.randomUUID()]] as const) {
      await kitchen.broker.publish(createMessage('CreateTicket', 'order', { orderId, restaurantId: restaurant, lines: [{ menuItemId: crypto.randomUUID(), quantity: 1 }] }));
    }
    await eventually('three tickets', async () => {
      const all = await Promise.all([...orders, elsewhere].map((orderId) => get(`/tickets?orderId=${orderId}`)));
      return all.every((response) => response.json().length === 1) ? true : undefined;
    });
  });
  afterAll(() => kitchen.dispose());

  const get = (url: string) => kitchen.service.app.inject({ method: 'GET', url });

  it('lists a restaurant’s tickets', async () => {
    const listed = ticketList.parse((await get(`/tickets?restaurantId=${restaurantId}`)).json());
    expect(listed.map((t) => t.orderId).sort()).toEqual([...orders].sort());
  });

  it('lists only the statuses asked for', async () => {
    await kitchen.broker.publish(createMessage('ConfirmTicket', 'order', { orderId: orders[0]! }));
    const awaiting = async () => ticketList.parse((await get(`/tickets?restaurantId=${restaurantId}&status=AWAITING_ACCEPTANCE`)).json());
    await expect.poll(async () => (await awaiting()).map((t) => t.orderId), { timeout: 10_000 }).toEqual([orders[0]]);
    const both = ticketList.parse((await get(`/tickets?restaurantId=${restaurantId}&status=CREATE_PENDING,AWAITING_ACCEPTANCE`)).json());
    expect(both.map((t) => t.orderId).sort()).toEqual([...orders].sort());
    const unknown = await get(`/tickets?restaurantId=${restaurantId}&status=COOKING`);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toMatch(/querystring\.status/);
  });

  it('answers one ticket by id', async () => {
    const [listed] = ticketList.parse((await get(`/tickets?orderId=${elsewhere}`)).json());
    const response = await get(`/tickets/${listed!.id}`);
    expect(response.statusCode).toBe(200);
    expect(ticketSchema.parse(response.json())).toEqual(listed);
  });

  it('needs restaurantId or orderId, and names a malformed one', async () => {
    const none = await get('/tickets');
    expect(none.statusCode).toBe(400);
    expect(none.json().message).toMatch(/give restaurantId or orderId/);
    const malformed = await get('/tickets?restaurantId=bombay');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().message).toMatch(/querystring\.restaurantId/);
  });

  it('answers 404 naming an unknown ticket', async () => {
    const unknown = crypto.randomUUID();
    const response = await get(`/tickets/${unknown}`);
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toBe(`ticket ${unknown} does not exist`);
  });
});
