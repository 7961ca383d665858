import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessage, type Message } from '@tiffin/messages';
import { orderHistoryEntry, orderHistoryPage } from '@tiffin/contracts';
import { eventually } from '@tiffin/service-kit/testing';
import { historyDatabases, historyUnderTest, type HistoryUnderTest } from '../testing/history-under-test';
import { anOrdersEvents } from '../testing/order-events';

describe.each(historyDatabases)('the order-history view fed by events (%s)', (database) => {
  let history: HistoryUnderTest;
  beforeAll(async () => {
    history = await historyUnderTest(database);
    await history.service.start();
  });
  afterAll(() => history.dispose());

  const get = (url: string) => history.service.app.inject({ method: 'GET', url });
  const publish = async (...messages: Message[]) => {
    for (const message of messages) await history.broker.publish(message);
  };
  /** The order's entry once `done` says it is as expected; the view follows events asynchronously. */
  const entryWhen = (orderId: string, done: (entry: ReturnType<typeof orderHistoryEntry.parse>) => boolean) =>
    eventually(`order ${orderId} in the view`, async () => {
      const response = await get(`/orders/${orderId}`);
      if (response.statusCode !== 200) return undefined;
      const entry = orderHistoryEntry.parse(response.json());
      return done(entry) ? entry : undefined;
    });

  it('shows a created order as PENDING, with what the customer ordered', async () => {
    const order = anOrdersEvents();
    await publish(order.created);
    const entry = await entryWhen(order.orderId, () => true);
    expect(entry).toEqual({
      id: order.orderId,
      consumerId: order.consumerId,
      restaurantId: order.created.payload.restaurantId,
      restaurantName: 'Bombay Tiffin House',
      status: 'PENDING',
      rejectionReason: null,
      lines: order.created.payload.lines,
      totalCents: 2790,
      payment: null,
      deliveryAddress: '77 Hudson St, Jersey City, NJ 07302',
      createdAt: order.created.occurredAt,
      updatedAt: order.created.occurredAt,
      deliveryId: null,
      courierId: null,
      events: [{ type: 'OrderCreated', occurredAt: order.created.occurredAt }],
    });
  });

  it('follows approval and the delivery being scheduled', async () => {
    const order = anOrdersEvents();
    await publish(order.created, order.approved, order.scheduled);
    const entry = await entryWhen(order.orderId, (e) => e.deliveryId !== null && e.status === 'APPROVED');
    expect(entry.deliveryId).toBe(order.scheduled.payload.deliveryId);
    expect(entry.updatedAt).toBe(order.scheduled.occurredAt);
    expect(entry.events.map((e) => e.type)).toEqual(['OrderCreated', 'OrderApproved', 'DeliveryScheduled']);
  });

  it('shows a cancelled order CANCELLED, even when its delivery’s scheduling arrives after the cancellation', async () => {
    const order = anOrdersEvents();
    await publish(order.created, order.approved, order.cancelled, order.scheduled);
    const entry = await entryWhen(order.orderId, (e) => e.events.length === 4);
    expect(entry.status).toBe('CANCELLED');
    expect(entry.events.map((e) => e.type)).toEqual(['OrderCreated', 'OrderApproved', 'DeliveryScheduled', 'OrderCancelled']);
  });

  it('follows the kitchen and the courier to DELIVERED, whatever order their events arrive in', async () => {
    const order = anOrdersEvents();
    const { orderId, consumerId } = order;
    const ticketId = crypto.randomUUID();
    const deliveryId = order.scheduled.payload.deliveryId;
    const later = (type: Parameters<typeof createMessage>[0], payload: object, seconds: number) => ({
      ...createMessage(type, type.startsWith('Ticket') ? 'kitchen' : 'delivery', payload as never),
      occurredAt: new Date(Date.parse(order.created.occurredAt) + seconds * 1000).toISOString(),
    });
    const steps = [
      later('TicketAccepted', { orderId, ticketId }, 10),
      later('TicketPreparing', { orderId, ticketId }, 20),
      later('CourierAssigned', { orderId, deliveryId, courierId: consumerId }, 25),
      later('TicketReady', { orderId, ticketId }, 30),
      later('DeliveryPickedUp', { orderId, deliveryId }, 40),
      later('DeliveryDelivered', { orderId, deliveryId }, 50),
    ] as Message[];
    await publish(steps[5]!, steps[1]!, order.created, steps[4]!, steps[0]!, order.approved, steps[3]!, steps[2]!, order.scheduled);
    const entry = await entryWhen(orderId, (e) => e.events.length === 9);
    expect(entry.status).toBe('DELIVERED');
    expect(entry.events.map((e) => e.type).slice(3)).toEqual(['TicketAccepted', 'TicketPreparing', 'CourierAssigned', 'TicketReady', 'DeliveryPickedUp', 'DeliveryDelivered']);
  });

  it('follows the money from accounting: held once approved, charged, then refunded', async () => {
    const order = anOrdersEvents();
    const { orderId } = order;
    const money = { orderId, authorizationId: crypto.randomUUID(), amountCents: 2790 };
    await publish(order.created, order.approved);
    expect((await entryWhen(orderId, (e) => e.status === 'APPROVED')).payment).toEqual({ status: 'AUTHORIZED', amountCents: 2790 });
    await publish(createMessage('PaymentCaptured', 'accounting', money));
    await entryWhen(orderId, (e) => e.payment?.status === 'CAPTURED');
    await publish(createMessage('PaymentRefunded', 'accounting', money));
    const refunded = await entryWhen(orderId, (e) => e.payment?.status === 'REFUNDED');
    expect(refunded.payment).toEqual({ status: 'REFUNDED', amountCents: 2790 });
    expect(refunded.events.map((e) => e.type).slice(2)).toEqual(['PaymentCaptured', 'PaymentRefunded']);
  });

  it('shows a rejection with the reason the customer reads', async () => {
    const order = anOrdersEvents();
    await publish(order.created, order.rejected);
    const entry = await entryWhen(order.orderId, (e) => e.status === 'REJECTED');
    expect(entry.rejectionReason).toBe('Paneer Tikka is no longer available');
  });

  it('takes an event once however often it arrives', async () => {
    const order = anOrdersEvents();
    // Redelivered copies, as the broker sends after a lost ack or the relay after a crash.
    await publish(order.created, order.created, order.approved, order.approved, order.scheduled);
    const entry = await entryWhen(order.orderId, (e) => e.deliveryId !== null);
    expect(entry.events.map((e) => e.type)).toEqual(['OrderCreated', 'OrderApproved', 'DeliveryScheduled']);
  });

  it('keeps what arrives before the order’s creation and shows the order once it has come, in its latest state', async () => {
    const order = anOrdersEvents();
    await publish(order.scheduled, order.approved);
    const marker = anOrdersEvents();
    await publish(marker.created);
    await entryWhen(marker.orderId, () => true);
    expect((await get(`/orders/${order.orderId}`)).statusCode).toBe(404);
    const listed = orderHistoryPage.parse((await get(`/orders?consumerId=${order.consumerId}`)).json());
    expect(listed.orders).toEqual([]);

    await publish(order.created);
    const entry = await entryWhen(order.orderId, () => true);
    expect(entry).toMatchObject({ status: 'APPROVED', deliveryId: order.scheduled.payload.deliveryId, lines: order.created.payload.lines });
    expect(entry.events.map((e) => e.type)).toEqual(['OrderCreated', 'OrderApproved', 'DeliveryScheduled']);
  });

  it('never lets an earlier stage overwrite a later one, whatever arrives last', async () => {
    const order = anOrdersEvents();
    await publish(order.rejected, order.created);
    const entry = await entryWhen(order.orderId, () => true);
    expect(entry).toMatchObject({ status: 'REJECTED', rejectionReason: 'Paneer Tikka is no longer available' });
  });

  it('answers 404 naming an order it does not know, 400 for a malformed id', async () => {
    const unknown = crypto.randomUUID();
    const missing = await get(`/orders/${unknown}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toBe(`order ${unknown} is not in the order history`);
    const malformed = await get('/orders/latest');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().message).toMatch(/params\.orderId/);
  });
});
