import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderPlacement, type OrderPlacement } from '@tiffin/contracts';
import { createMessage, type Message, type MessageType } from '@tiffin/messages';
import { eventually } from '@tiffin/service-kit/testing';
import { aMenu, publishMenu } from '../testing/menus';
import { orderUnderTest, type OrderUnderTest } from '../testing/order-under-test';
import { anOrderFrom, postOrder } from '../testing/orders';

// The participants are played by the test: each reply moves the saga on, as the customer then reads it.
describe('how an order is being placed, as its customer follows it', () => {
  const menu = aMenu();
  let order: OrderUnderTest;
  beforeAll(async () => {
    order = await orderUnderTest();
    await order.service.start();
    await publishMenu(order, menu);
  });
  afterAll(() => order.dispose());

  const place = async () => (await postOrder(order, anOrderFrom(menu))).json().orderId as string;
  const reply = <T extends MessageType>(type: T, source: string, payload: Message<T>['payload']) => order.broker.publish(createMessage(type, source, payload) as Message);
  const placementOf = async (orderId: string): Promise<OrderPlacement> =>
    orderPlacement.parse((await order.service.app.inject({ method: 'GET', url: `/orders/${orderId}/placement` })).json());
  const states = async (orderId: string) => Object.fromEntries((await placementOf(orderId)).steps.map((step) => [step.key, step.state]));
  const reaches = (orderId: string, expected: Record<string, string>) =>
    eventually(`the placement of ${orderId} to be ${JSON.stringify(expected)}`, async () => {
      const now = await states(orderId);
      return Object.entries(expected).every(([key, state]) => now[key] === state) ? now : undefined;
    });

  it('shows each step as the saga reaches it, with when, until the order is confirmed', async () => {
    const orderId = await place();
    expect(await states(orderId)).toEqual({ account: 'under way', restaurant: 'under way', kitchen: 'waiting', card: 'waiting', confirmed: 'waiting' });
    await reply('ConsumerValidated', 'consumer', { orderId, paymentToken: 'tok_visa' });
    await reaches(orderId, { account: 'done', restaurant: 'under way' });
    await reply('OrderDetailsValidated', 'catalog', { orderId });
    await reaches(orderId, { restaurant: 'done', kitchen: 'under way' });
    await reply('TicketCreated', 'kitchen', { orderId, ticketId: crypto.randomUUID() });
    await reaches(orderId, { kitchen: 'done', card: 'under way' });
    await reply('CardAuthorized', 'accounting', { orderId, authorizationId: crypto.randomUUID() });
    await reaches(orderId, { card: 'done', confirmed: 'under way' });
    await reply('TicketConfirmed', 'kitchen', { orderId });
    await reaches(orderId, { confirmed: 'done' });
    const { steps } = await placementOf(orderId);
    expect(steps.map((step) => step.label)).toEqual([
      'Your account and card checked',
      'The restaurant confirmed your order',
      'The kitchen has your order',
      'The total held on your card',
      'Order confirmed',
    ]);
    expect(steps.every((step) => step.at !== null && step.detail === null)).toBe(true);
  });

  it('says which step failed and why, and what was given back after it', async () => {
    const orderId = await place();
    await reply('ConsumerValidated', 'consumer', { orderId, paymentToken: 'tok_chargeDeclined' });
    await reply('OrderDetailsValidated', 'catalog', { orderId });
    await reply('TicketCreated', 'kitchen', { orderId, ticketId: crypto.randomUUID() });
    await reaches(orderId, { card: 'under way' });
    await reply('CardDeclined', 'accounting', { orderId, reason: 'Your card was declined by your bank' });
    await reaches(orderId, { card: 'failed', kitchen: 'undone' });
    const steps = Object.fromEntries((await placementOf(orderId)).steps.map((step) => [step.key, step]));
    expect(steps.card).toMatchObject({ detail: 'Your card was declined by your bank' });
    expect(steps.kitchen).toMatchObject({ detail: 'The kitchen’s ticket was cancelled' });
    expect(steps.confirmed).toMatchObject({ state: 'waiting', at: null });
  });

  it('answers 404 for an order it does not have', async () => {
    const unknown = crypto.randomUUID();
    const response = await order.service.app.inject({ method: 'GET', url: `/orders/${unknown}/placement` });
    expect(response.statusCode).toBe(404);
  });
});
