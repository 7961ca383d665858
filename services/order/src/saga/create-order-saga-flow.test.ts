import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createMessage, type Message } from '@tiffin/contracts';
import { eventually, publishedMessages } from '@tiffin/service-kit/testing';
import { sagaInstances } from '@tiffin/service-kit';
import { aMenu, publishMenu } from '../testing/menus';
import { orderUnderTest, type OrderUnderTest } from '../testing/order-under-test';
import { anOrderFrom, postOrder } from '../testing/orders';

describe('the create-order saga driven by the catalog’s replies', () => {
  const menu = aMenu();
  let order: OrderUnderTest;
  let outcomes: Message<'OrderApproved' | 'OrderRejected'>[];

  beforeAll(async () => {
    order = await orderUnderTest();
    outcomes = await publishedMessages(order.broker, ['OrderApproved', 'OrderRejected']);
    await order.service.start();
    await publishMenu(order, menu);
  });
  afterAll(() => order.dispose());

  async function place(): Promise<{ orderId: string; consumerId: string }> {
    const request = anOrderFrom(menu);
    const { orderId } = (await postOrder(order, request)).json();
    return { orderId, consumerId: request.consumerId };
  }

  const orderNow = async (orderId: string) =>
    (await order.service.app.inject({ method: 'GET', url: `/orders/${orderId}` })).json();

  const sagaOf = async (orderId: string) =>
    (await order.service.db.select().from(sagaInstances).where(eq(sagaInstances.id, orderId)))[0];

  const reply = (message: Message) => order.broker.publish(message);

  it('records the saga as waiting for the catalog as soon as the order exists', async () => {
    const { orderId } = await place();
    expect(await sagaOf(orderId)).toMatchObject({
      sagaType: 'create-order',
      status: 'running',
      awaiting: ['catalog'],
      history: [
        expect.objectContaining({ event: 'started' }),
        expect.objectContaining({ event: 'step done', step: 'reject the order if anything fails' }),
        expect.objectContaining({ event: 'command sent', step: 'validate the order details', detail: 'catalog: ValidateOrderDetails' }),
      ],
    });
  });

  it('approves the order and announces it with the restaurant as pickup address', async () => {
    const { orderId, consumerId } = await place();
    await reply(createMessage('OrderDetailsValidated', 'catalog', { orderId }));

    const approved = await eventually('OrderApproved', () => outcomes.find((m) => m.payload.orderId === orderId));
    expect(approved).toMatchObject({
      type: 'OrderApproved',
      payload: {
        consumerId,
        restaurantId: menu.restaurantId,
        restaurantName: 'Bombay Tiffin House',
        pickupAddress: '118 Lexington Ave, New York, NY 10016',
        deliveryAddress: '77 Hudson St, Jersey City, NJ 07302',
        totalCents: 3185,
      },
    });
    expect(await orderNow(orderId)).toMatchObject({ status: 'APPROVED', rejectionReason: null });
    expect((await sagaOf(orderId))?.status).toBe('succeeded');
  });

  it('rejects the order with the catalog’s reason', async () => {
    const { orderId, consumerId } = await place();
    await reply(createMessage('OrderDetailsRejected', 'catalog', { orderId, reason: 'Paneer Tikka is no longer available' }));

    const rejected = await eventually('OrderRejected', () => outcomes.find((m) => m.payload.orderId === orderId));
    expect(rejected).toMatchObject({
      type: 'OrderRejected',
      payload: { consumerId, reason: 'Paneer Tikka is no longer available' },
    });
    expect(await orderNow(orderId)).toMatchObject({ status: 'REJECTED', rejectionReason: 'Paneer Tikka is no longer available' });
    const saga = await sagaOf(orderId);
    expect(saga).toMatchObject({ status: 'compensated', failureReason: 'Paneer Tikka is no longer available' });
    expect(saga?.history.map((entry) => entry.event)).toEqual(['started', 'step done', 'command sent', 'reply', 'failed', 'compensation', 'compensated']);
  });

  it('ignores a reply that comes after the saga has decided', async () => {
    const { orderId } = await place();
    await reply(createMessage('OrderDetailsRejected', 'catalog', { orderId, reason: 'Garlic Naan is no longer available' }));
    await eventually('the rejection', () => outcomes.find((m) => m.payload.orderId === orderId));

    await reply(createMessage('OrderDetailsValidated', 'catalog', { orderId }));
    const later = await place();
    await reply(createMessage('OrderDetailsValidated', 'catalog', { orderId: later.orderId }));
    // Replies are handled in order, so once the later order is approved the late reply has been seen.
    await eventually('the later approval', () => outcomes.find((m) => m.payload.orderId === later.orderId));

    expect(await orderNow(orderId)).toMatchObject({ status: 'REJECTED' });
    expect(outcomes.filter((m) => m.payload.orderId === orderId)).toHaveLength(1);
    expect((await sagaOf(orderId))?.history.at(-1)).toMatchObject({ event: 'reply ignored', detail: 'OrderDetailsValidated (saga compensated)' });
  });

  it('handles a redelivered reply once', async () => {
    const { orderId } = await place();
    const validated = createMessage('OrderDetailsValidated', 'catalog', { orderId });
    await reply(validated);
    await reply(validated);
    await eventually('the approval', () => outcomes.find((m) => m.payload.orderId === orderId));
    const later = await place();
    await reply(createMessage('OrderDetailsValidated', 'catalog', { orderId: later.orderId }));
    await eventually('the later approval', () => outcomes.find((m) => m.payload.orderId === later.orderId));
    expect(outcomes.filter((m) => m.payload.orderId === orderId)).toHaveLength(1);
  });

  it('rejects an order whose restaurant never answers, once the step is past its deadline', async () => {
    const { orderId, consumerId } = await place();
    // As if the deadline had passed: the watch that runs in the service notices on its next round.
    await order.service.db.update(sagaInstances).set({ deadlineAt: new Date(Date.now() - 1) }).where(eq(sagaInstances.id, orderId));

    const rejected = await eventually('OrderRejected', () => outcomes.find((m) => m.payload.orderId === orderId));
    const reason = 'The restaurant did not confirm your order in time';
    expect(rejected.payload).toEqual({ orderId, consumerId, reason });
    expect(await orderNow(orderId)).toMatchObject({ status: 'REJECTED', rejectionReason: reason });
  });
});
