import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createMessage, type Message, type MessageType } from '@tiffin/messages';
import { type OrderStatus } from '@tiffin/contracts';
import { eventually, publishedMessages } from '@tiffin/service-kit/testing';
import { sagaInstances } from '@tiffin/service-kit';
import { aMenu, publishMenu } from '../testing/menus';
import { orderUnderTest, type OrderUnderTest } from '../testing/order-under-test';
import { anOrderFrom, postOrder } from '../testing/orders';
import { cancelOrderSagaId } from './cancel-order-saga-id';

type Command = 'CancelDelivery' | 'CancelTicket' | 'ReverseAuthorization';

describe('the cancel-order saga driven by its participants’ replies (played by the test)', () => {
  const menu = aMenu();
  let order: OrderUnderTest;
  let commands: Message<Command>[];
  let cancelled: Message<'OrderCancelled'>[];

  beforeAll(async () => {
    order = await orderUnderTest();
    commands = await publishedMessages(order.broker, ['CancelDelivery', 'CancelTicket', 'ReverseAuthorization']);
    cancelled = await publishedMessages(order.broker, ['OrderCancelled']);
    await order.service.start();
    await publishMenu(order, menu);
  });
  afterAll(() => order.dispose());

  const reply = <T extends MessageType>(type: T, source: string, payload: Message<T>['payload']) =>
    order.broker.publish(createMessage(type, source, payload) as Message);
  const orderNow = async (orderId: string) => (await order.service.app.inject({ method: 'GET', url: `/orders/${orderId}` })).json();
  const statusBecomes = (orderId: string, status: OrderStatus) =>
    eventually(`order ${orderId} ${status}`, async () => ((await orderNow(orderId)).status === status ? true : undefined));
  const cancel = (orderId: string) => order.service.app.inject({ method: 'POST', url: `/orders/${orderId}/cancel` });
  const sagaOf = async (orderId: string) =>
    (await order.service.db.select().from(sagaInstances).where(eq(sagaInstances.id, cancelOrderSagaId(orderId))))[0];
  const sent = (orderId: string) => commands.filter((m) => m.payload.orderId === orderId).map((m) => m.type);
  const commandSent = <T extends Command>(orderId: string, type: T) =>
    eventually(`${type} for ${orderId}`, () => commands.find((m) => m.type === type && m.payload.orderId === orderId) as Message<T> | undefined);

  /** An order taken through the create-order saga to APPROVED, its participants played by the test. */
  async function approvedOrder(): Promise<{ orderId: string; consumerId: string }> {
    const request = anOrderFrom(menu);
    const { orderId } = (await postOrder(order, request)).json();
    await reply('ConsumerValidated', 'consumer', { orderId, paymentToken: 'tok_visa' });
    await reply('OrderDetailsValidated', 'catalog', { orderId });
    await statusBecomes(orderId, 'VALIDATED');
    await reply('TicketCreated', 'kitchen', { orderId, ticketId: crypto.randomUUID() });
    await eventually('the card step', async () => ((await order.service.db.select().from(sagaInstances).where(eq(sagaInstances.id, orderId)))[0]?.step === 3 ? true : undefined));
    await reply('CardAuthorized', 'accounting', { orderId, authorizationId: crypto.randomUUID() });
    await eventually('the confirm step', async () => ((await order.service.db.select().from(sagaInstances).where(eq(sagaInstances.id, orderId)))[0]?.step === 4 ? true : undefined));
    await reply('TicketConfirmed', 'kitchen', { orderId });
    await statusBecomes(orderId, 'APPROVED');
    return { orderId, consumerId: request.consumerId };
  }

  it('cancels the delivery first, then the ticket and the card together, and ends CANCELLED', async () => {
    const { orderId, consumerId } = await approvedOrder();
    const accepted = await cancel(orderId);
    expect(accepted.statusCode).toBe(202);
    expect(accepted.json()).toEqual({ orderId, status: 'APPROVED' });
    expect((await commandSent(orderId, 'CancelDelivery')).payload).toEqual({
      orderId,
      consumerId,
      restaurantId: menu.restaurantId,
      restaurantName: menu.name,
      pickupAddress: menu.address,
      deliveryAddress: '77 Hudson St, Jersey City, NJ 07302',
    });
    expect(sent(orderId)).toEqual(['CancelDelivery']);

    await reply('DeliveryCancelled', 'delivery', { orderId });
    await commandSent(orderId, 'CancelTicket');
    await commandSent(orderId, 'ReverseAuthorization');
    await reply('AuthorizationReversed', 'accounting', { orderId });
    await reply('TicketCancelled', 'kitchen', { orderId });
    await statusBecomes(orderId, 'CANCELLED');
    expect(await eventually('OrderCancelled', () => cancelled.find((m) => m.payload.orderId === orderId))).toMatchObject({
      source: 'order',
      payload: { orderId, consumerId },
    });
    expect(await sagaOf(orderId)).toMatchObject({ sagaType: 'cancel-order', status: 'succeeded' });
  });

  it('answers a second request while the cancellation runs the same, starting nothing more', async () => {
    const { orderId } = await approvedOrder();
    expect((await cancel(orderId)).statusCode).toBe(202);
    expect((await cancel(orderId)).statusCode).toBe(202);
    await commandSent(orderId, 'CancelDelivery');
    expect(sent(orderId)).toEqual(['CancelDelivery']);
  });

  it('leaves the order as it was when delivery refuses, and says why when asked again', async () => {
    const { orderId } = await approvedOrder();
    await cancel(orderId);
    await commandSent(orderId, 'CancelDelivery');
    const reason = 'The courier has already picked up your order, so it can no longer be cancelled';
    await reply('DeliveryCancelRefused', 'delivery', { orderId, reason });
    await eventually('the saga to end', async () => ((await sagaOf(orderId))?.status === 'compensated' ? true : undefined));
    expect((await orderNow(orderId)).status).toBe('APPROVED');
    expect(sent(orderId)).toEqual(['CancelDelivery']);
    const again = await cancel(orderId);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe(reason);
  });

  it('refuses with 409 an order already cancelled, rejected, or still being placed', async () => {
    const { orderId } = await approvedOrder();
    await cancel(orderId);
    await reply('DeliveryCancelled', 'delivery', { orderId });
    await commandSent(orderId, 'ReverseAuthorization');
    await reply('TicketCancelled', 'kitchen', { orderId });
    await reply('AuthorizationReversed', 'accounting', { orderId });
    await statusBecomes(orderId, 'CANCELLED');
    const twice = await cancel(orderId);
    expect([twice.statusCode, twice.json().message]).toEqual([409, 'This order is already cancelled']);

    const { orderId: rejectedId } = (await postOrder(order, anOrderFrom(menu))).json();
    await reply('ConsumerRejected', 'consumer', { orderId: rejectedId, reason: 'We could not find your customer account' });
    await statusBecomes(rejectedId, 'REJECTED');
    const rejected = await cancel(rejectedId);
    expect([rejected.statusCode, rejected.json().message]).toEqual([409, 'This order was rejected, so there is nothing to cancel']);

    const { orderId: pendingId } = (await postOrder(order, anOrderFrom(menu))).json();
    const pending = await cancel(pendingId);
    expect([pending.statusCode, pending.json().message]).toEqual([409, 'This order is still being placed; it can be cancelled once it is approved']);
  });

  it('answers 404 for an unknown order and 400 naming a malformed id', async () => {
    const unknown = crypto.randomUUID();
    const missing = await cancel(unknown);
    expect([missing.statusCode, missing.json().message]).toEqual([404, `order ${unknown} does not exist`]);
    const malformed = await cancel('latest');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().message).toMatch(/params\.orderId/);
  });

  it('ignores the kitchen’s and accounting’s answers to the create-order saga’s compensations', async () => {
    const { orderId } = await approvedOrder();
    await reply('TicketCancelled', 'kitchen', { orderId });
    await reply('AuthorizationReversed', 'accounting', { orderId });
    expect((await cancel(orderId)).statusCode).toBe(202);
    await reply('DeliveryCancelled', 'delivery', { orderId });
    await commandSent(orderId, 'CancelTicket');
    // The earlier answers were for the create-order saga: this one still waits for its own.
    await eventually('the second step', async () => ((await sagaOf(orderId))?.step === 1 ? true : undefined));
    expect(await sagaOf(orderId)).toMatchObject({ status: 'running', awaiting: ['kitchen', 'accounting'] });
    expect((await orderNow(orderId)).status).toBe('APPROVED');
  });
});
