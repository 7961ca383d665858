import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createMessage, type Message, type MessageType } from '@tiffin/messages';
import { type OrderStatus } from '@tiffin/contracts';
import { eventually, publishedMessages } from '@tiffin/service-kit/testing';
import { sagaInstances } from '@tiffin/service-kit';
import { orders } from '../db/schema';
import { aMenu, publishMenu } from '../testing/menus';
import { orderUnderTest, type OrderUnderTest } from '../testing/order-under-test';
import { anOrderFrom, postOrder } from '../testing/orders';

describe('the order following the kitchen and the courier after approval', () => {
  const menu = aMenu();
  let order: OrderUnderTest;
  let cancelDeliveries: Message<'CancelDelivery'>[];

  beforeAll(async () => {
    order = await orderUnderTest();
    cancelDeliveries = await publishedMessages(order.broker, ['CancelDelivery']);
    await order.service.start();
    await publishMenu(order, menu);
  });
  afterAll(() => order.dispose());

  const publish = <T extends MessageType>(type: T, source: string, payload: Message<T>['payload']) =>
    order.broker.publish(createMessage(type, source, payload) as Message);
  const statusOf = async (orderId: string) => (await order.service.app.inject({ url: `/orders/${orderId}` })).json().status as OrderStatus;
  const statusBecomes = (orderId: string, status: OrderStatus) =>
    eventually(`order ${status}`, async () => ((await statusOf(orderId)) === status ? true : undefined));

  /** An order the create-order saga approved; set directly, this test is about what comes after. */
  async function approved(): Promise<string> {
    const { orderId } = (await postOrder(order, anOrderFrom(menu))).json();
    await order.service.db.update(orders).set({ status: 'APPROVED' }).where(eq(orders.id, orderId));
    return orderId;
  }

  it('moves the order forward with each event, never back, and once per event', async () => {
    const orderId = await approved();
    const ticketId = crypto.randomUUID();
    const deliveryId = crypto.randomUUID();
    const accepted = createMessage('TicketAccepted', 'kitchen', { orderId, ticketId });
    await order.broker.publish(accepted);
    await statusBecomes(orderId, 'ACCEPTED');
    await publish('TicketPreparing', 'kitchen', { orderId, ticketId });
    await publish('TicketReady', 'kitchen', { orderId, ticketId });
    await statusBecomes(orderId, 'READY_FOR_PICKUP');
    await publish('DeliveryPickedUp', 'delivery', { orderId, deliveryId });
    await statusBecomes(orderId, 'PICKED_UP');
    // Late and redelivered events: the order stays where it is.
    await order.broker.publish(accepted);
    await publish('TicketPreparing', 'kitchen', { orderId, ticketId });
    await publish('DeliveryDelivered', 'delivery', { orderId, deliveryId });
    await statusBecomes(orderId, 'DELIVERED');
    await publish('TicketReady', 'kitchen', { orderId, ticketId });
    const marker = await approved();
    await publish('TicketAccepted', 'kitchen', { orderId: marker, ticketId });
    await statusBecomes(marker, 'ACCEPTED');
    expect(await statusOf(orderId)).toBe('DELIVERED');
  });

  it('never revives a cancelled order', async () => {
    const orderId = await approved();
    await order.service.db.update(orders).set({ status: 'CANCELLED' }).where(eq(orders.id, orderId));
    await publish('TicketAccepted', 'kitchen', { orderId, ticketId: crypto.randomUUID() });
    const marker = await approved();
    await publish('TicketAccepted', 'kitchen', { orderId: marker, ticketId: crypto.randomUUID() });
    await statusBecomes(marker, 'ACCEPTED');
    expect(await statusOf(orderId)).toBe('CANCELLED');
  });

  it('cancels an order the kitchen rejects, once however often the rejection comes', async () => {
    const orderId = await approved();
    const declined = createMessage('TicketDeclined', 'kitchen', { orderId, ticketId: crypto.randomUUID(), reason: 'Out of paneer today' });
    await order.broker.publish(declined);
    await publish('TicketDeclined', 'kitchen', { orderId, ticketId: crypto.randomUUID(), reason: 'Out of paneer today' });
    await eventually('CancelDelivery', () => cancelDeliveries.find((m) => m.payload.orderId === orderId));
    const sagas = await order.service.db.select().from(sagaInstances).where(eq(sagaInstances.sagaType, 'cancel-order'));
    expect(sagas.filter((s) => (s.data as { orderId: string }).orderId === orderId)).toEqual([
      expect.objectContaining({ status: 'running', data: expect.objectContaining({ reason: 'Out of paneer today' }) }),
    ]);
    const marker = await approved();
    await publish('TicketDeclined', 'kitchen', { orderId: marker, ticketId: crypto.randomUUID(), reason: 'Closed early' });
    await eventually('the marker', () => cancelDeliveries.find((m) => m.payload.orderId === marker));
    expect(cancelDeliveries.filter((m) => m.payload.orderId === orderId)).toHaveLength(1);
  });
});
