import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createMessage, type Message, type MessageType } from '@tiffin/messages';
import { type OrderStatus } from '@tiffin/contracts';
import { eventually, publishedMessages } from '@tiffin/service-kit/testing';
import { sagaInstances } from '@tiffin/service-kit';
import { aMenu, publishMenu } from '../testing/menus';
import { orderUnderTest, type OrderUnderTest } from '../testing/order-under-test';
import { anOrderFrom, postOrder } from '../testing/orders';

type Command = 'ValidateConsumer' | 'ValidateOrderDetails' | 'CreateTicket' | 'AuthorizeCard' | 'ConfirmTicket' | 'CancelTicket' | 'ReverseAuthorization';
const commandTypes: Command[] = ['ValidateConsumer', 'ValidateOrderDetails', 'CreateTicket', 'AuthorizeCard', 'ConfirmTicket', 'CancelTicket', 'ReverseAuthorization'];

describe('the create-order saga driven by its participants’ replies (played by the test)', () => {
  const menu = aMenu();
  let order: OrderUnderTest;
  let outcomes: Message<'OrderApproved' | 'OrderRejected'>[];
  let commands: Message<Command>[];

  beforeAll(async () => {
    order = await orderUnderTest();
    outcomes = await publishedMessages(order.broker, ['OrderApproved', 'OrderRejected']);
    commands = await publishedMessages(order.broker, commandTypes);
    await order.service.start();
    await publishMenu(order, menu);
  });
  afterAll(() => order.dispose());

  async function place(): Promise<{ orderId: string; consumerId: string; cardId: string }> {
    const request = anOrderFrom(menu);
    const { orderId } = (await postOrder(order, request)).json();
    return { orderId, consumerId: request.consumerId, cardId: request.cardId };
  }

  const orderNow = async (orderId: string) => (await order.service.app.inject({ method: 'GET', url: `/orders/${orderId}` })).json();
  const statusBecomes = (orderId: string, status: OrderStatus) =>
    eventually(`order ${orderId} ${status}`, async () => ((await orderNow(orderId)).status === status ? true : undefined));
  const sagaOf = async (orderId: string) => (await order.service.db.select().from(sagaInstances).where(eq(sagaInstances.id, orderId)))[0];
  const sentTo = (orderId: string) => commands.filter((m) => m.payload.orderId === orderId).map((m) => m.type);
  const commandSent = <T extends Command>(orderId: string, type: T) =>
    eventually(`${type} for ${orderId}`, () => commands.find((m) => m.type === type && m.payload.orderId === orderId) as Message<T> | undefined);
  const outcomeOf = (orderId: string) => eventually('the outcome', () => outcomes.find((m) => m.payload.orderId === orderId));

  const reply = (message: Message) => order.broker.publish(message);
  const from = <T extends MessageType>(type: T, source: string, payload: Message<T>['payload']) => createMessage(type, source, payload);

  async function validated(orderId: string): Promise<void> {
    await reply(from('ConsumerValidated', 'consumer', { orderId, paymentToken: 'tok_visa' }));
    await reply(from('OrderDetailsValidated', 'catalog', { orderId }));
    await statusBecomes(orderId, 'VALIDATED');
  }

  it('asks the consumer service and the catalog at once, with the customer’s card', async () => {
    const { orderId, consumerId, cardId } = await place();
    expect(await sagaOf(orderId)).toMatchObject({ sagaType: 'create-order', status: 'running', awaiting: ['consumer', 'catalog'] });
    expect((await commandSent(orderId, 'ValidateConsumer')).payload).toEqual({ orderId, consumerId, cardId });
    await commandSent(orderId, 'ValidateOrderDetails');
    expect((await orderNow(orderId)).status).toBe('PENDING');
  });

  it('shows which validation came first, then VALIDATED once both are in', async () => {
    const consumerFirst = await place();
    await reply(from('ConsumerValidated', 'consumer', { orderId: consumerFirst.orderId, paymentToken: 'tok_visa' }));
    await statusBecomes(consumerFirst.orderId, 'CONSUMER_VALIDATED');

    const restaurantFirst = await place();
    await reply(from('OrderDetailsValidated', 'catalog', { orderId: restaurantFirst.orderId }));
    await statusBecomes(restaurantFirst.orderId, 'ORDER_DETAILS_VALIDATED');

    await reply(from('OrderDetailsValidated', 'catalog', { orderId: consumerFirst.orderId }));
    await reply(from('ConsumerValidated', 'consumer', { orderId: restaurantFirst.orderId, paymentToken: 'tok_visa' }));
    await statusBecomes(consumerFirst.orderId, 'VALIDATED');
    await statusBecomes(restaurantFirst.orderId, 'VALIDATED');
    await commandSent(consumerFirst.orderId, 'CreateTicket');
    await commandSent(restaurantFirst.orderId, 'CreateTicket');
  });

  it('creates the ticket, authorises the card with the consumer service’s token, confirms, and approves', async () => {
    const { orderId, consumerId, cardId } = await place();
    await validated(orderId);
    expect((await commandSent(orderId, 'CreateTicket')).payload).toEqual({
      orderId,
      restaurantId: menu.restaurantId,
      lines: [
        { menuItemId: menu.menu[0]!.id, quantity: 2 },
        { menuItemId: menu.menu[1]!.id, quantity: 1 },
      ],
    });
    await reply(from('TicketCreated', 'kitchen', { orderId, ticketId: crypto.randomUUID() }));
    expect((await commandSent(orderId, 'AuthorizeCard')).payload).toEqual({ orderId, consumerId, cardId, paymentToken: 'tok_visa', totalCents: 3185 });
    await reply(from('CardAuthorized', 'accounting', { orderId, authorizationId: crypto.randomUUID() }));
    await commandSent(orderId, 'ConfirmTicket');
    expect((await orderNow(orderId)).status).toBe('VALIDATED');
    await reply(from('TicketConfirmed', 'kitchen', { orderId }));

    expect(await outcomeOf(orderId)).toMatchObject({
      type: 'OrderApproved',
      payload: { consumerId, restaurantId: menu.restaurantId, pickupAddress: '118 Lexington Ave, New York, NY 10016', totalCents: 3185 },
    });
    expect(await orderNow(orderId)).toMatchObject({ status: 'APPROVED', rejectionReason: null });
    expect((await sagaOf(orderId))?.status).toBe('succeeded');
    expect(sentTo(orderId)).not.toContain('CancelTicket');
  });

  it('rejects the order with the catalog’s reason, asking nothing further', async () => {
    const { orderId, consumerId } = await place();
    await reply(from('OrderDetailsRejected', 'catalog', { orderId, reason: 'Paneer Tikka is no longer available' }));

    expect(await outcomeOf(orderId)).toMatchObject({ type: 'OrderRejected', payload: { consumerId, reason: 'Paneer Tikka is no longer available' } });
    expect(await orderNow(orderId)).toMatchObject({ status: 'REJECTED', rejectionReason: 'Paneer Tikka is no longer available' });
    expect(await sagaOf(orderId)).toMatchObject({ status: 'compensated', failureReason: 'Paneer Tikka is no longer available' });
    expect(sentTo(orderId).sort()).toEqual(['ValidateConsumer', 'ValidateOrderDetails']);
  });

  it('cancels the ticket when the card is declined, and rejects with the bank’s reason', async () => {
    const { orderId } = await place();
    await validated(orderId);
    await reply(from('TicketCreated', 'kitchen', { orderId, ticketId: crypto.randomUUID() }));
    await commandSent(orderId, 'AuthorizeCard');
    await reply(from('CardDeclined', 'accounting', { orderId, reason: 'Your card was declined by your bank' }));

    expect((await commandSent(orderId, 'CancelTicket')).payload).toEqual({ orderId, restaurantId: menu.restaurantId });
    expect(await outcomeOf(orderId)).toMatchObject({ type: 'OrderRejected', payload: { reason: 'Your card was declined by your bank' } });
    // Nothing was held on the card, so there is nothing to reverse.
    expect(sentTo(orderId)).not.toContain('ReverseAuthorization');
  });

  it('ignores a reply that comes after the saga has decided', async () => {
    const { orderId } = await place();
    await reply(from('ConsumerRejected', 'consumer', { orderId, reason: 'We could not find your customer account' }));
    await outcomeOf(orderId);

    await reply(from('OrderDetailsValidated', 'catalog', { orderId }));
    await eventually('the late reply in the saga’s history', async () => ((await sagaOf(orderId))?.history.at(-1)?.event === 'reply ignored' ? true : undefined));
    expect((await sagaOf(orderId))?.history.at(-1)).toMatchObject({ detail: 'OrderDetailsValidated (saga compensated)' });
    expect(await orderNow(orderId)).toMatchObject({ status: 'REJECTED', rejectionReason: 'We could not find your customer account' });
    expect(outcomes.filter((m) => m.payload.orderId === orderId)).toHaveLength(1);
  });

  it('handles a redelivered reply once: the saga never even sees the copy', async () => {
    const { orderId } = await place();
    await validated(orderId);
    const created = from('TicketCreated', 'kitchen', { orderId, ticketId: crypto.randomUUID() });
    await reply(created);
    await reply(created);
    await commandSent(orderId, 'AuthorizeCard');
    // Replies of one order are handled in order: once this one moved the saga, the copy was handled.
    await reply(from('CardAuthorized', 'accounting', { orderId, authorizationId: crypto.randomUUID() }));
    await commandSent(orderId, 'ConfirmTicket');
    expect(sentTo(orderId).filter((type) => type === 'AuthorizeCard')).toHaveLength(1);
    // Without the inbox the saga would ignore the copy too, but would record it as "reply ignored".
    const seen = (await sagaOf(orderId))!.history.filter((entry) => entry.detail?.includes('TicketCreated'));
    expect(seen).toEqual([expect.objectContaining({ event: 'reply', detail: 'kitchen: TicketCreated' })]);
  });

  it('rejects an order whose restaurant never answers, once the step is past its deadline', async () => {
    const { orderId, consumerId } = await place();
    // As if the deadline had passed: the watch that runs in the service notices on its next round.
    await order.service.db.update(sagaInstances).set({ deadlineAt: new Date(Date.now() - 1) }).where(eq(sagaInstances.id, orderId));

    const rejected = await outcomeOf(orderId);
    const reason = 'We could not check your account in time; The restaurant did not confirm your order in time';
    expect(rejected.payload).toEqual({ orderId, consumerId, reason });
  });

  it('cancels a ticket the kitchen may still open, and reverses the card, when the kitchen never confirms', async () => {
    const { orderId } = await place();
    await validated(orderId);
    await reply(from('TicketCreated', 'kitchen', { orderId, ticketId: crypto.randomUUID() }));
    await commandSent(orderId, 'AuthorizeCard');
    await reply(from('CardAuthorized', 'accounting', { orderId, authorizationId: crypto.randomUUID() }));
    await commandSent(orderId, 'ConfirmTicket');
    await order.service.db.update(sagaInstances).set({ deadlineAt: new Date(Date.now() - 1) }).where(eq(sagaInstances.id, orderId));

    expect(await outcomeOf(orderId)).toMatchObject({ payload: { reason: 'The kitchen did not confirm your order in time' } });
    await commandSent(orderId, 'ReverseAuthorization');
    await commandSent(orderId, 'CancelTicket');
    expect(sentTo(orderId).slice(-2)).toEqual(['ReverseAuthorization', 'CancelTicket']);
  });
});
