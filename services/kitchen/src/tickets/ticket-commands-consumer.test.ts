import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessage, type Message, type MessagePayload } from '@tiffin/messages';
import { ticketList, type Ticket } from '@tiffin/contracts';
import { eventually, publishedMessages } from '@tiffin/service-kit/testing';
import { kitchenUnderTest, type KitchenUnderTest } from '../testing/kitchen-under-test';

type Reply = Message<'TicketCreated' | 'TicketRejected' | 'TicketConfirmed' | 'TicketCancelled'>;

describe('the kitchen answering the create-order saga', () => {
  let kitchen: KitchenUnderTest;
  let replies: Reply[];
  const restaurantId = crypto.randomUUID();

  beforeAll(async () => {
    kitchen = await kitchenUnderTest();
    replies = await publishedMessages(kitchen.broker, ['TicketCreated', 'TicketRejected', 'TicketConfirmed', 'TicketCancelled']);
    await kitchen.service.start();
  });
  afterAll(() => kitchen.dispose());

  const send = <T extends 'CreateTicket' | 'ConfirmTicket' | 'CancelTicket'>(type: T, payload: MessagePayload<T>) =>
    kitchen.broker.publish(createMessage(type, 'order', payload, 'correlation-3') as Message);
  const createTicket = (orderId: string) =>
    send('CreateTicket', { orderId, restaurantId, lines: [{ menuItemId: crypto.randomUUID(), quantity: 2 }] });
  const ticketsOf = async (orderId: string): Promise<Ticket[]> =>
    ticketList.parse((await kitchen.service.app.inject({ method: 'GET', url: `/tickets?orderId=${orderId}` })).json());
  const ticketIs = (orderId: string, status: Ticket['status']) =>
    eventually(`ticket ${status}`, async () => {
      const [ticket] = await ticketsOf(orderId);
      return ticket?.status === status ? ticket : undefined;
    });
  const replyOf = (orderId: string, type: Reply['type']) =>
    eventually(type, () => replies.find((reply) => reply.type === type && reply.payload.orderId === orderId));

  it('opens a pending ticket and answers with its id, then confirms it', async () => {
    const orderId = crypto.randomUUID();
    await createTicket(orderId);
    const created = await replyOf(orderId, 'TicketCreated');
    const ticket = await ticketIs(orderId, 'CREATE_PENDING');
    expect(created).toMatchObject({ source: 'kitchen', correlationId: 'correlation-3', payload: { ticketId: ticket.id } });
    expect(ticket).toMatchObject({ restaurantId, lines: [{ quantity: 2 }] });

    await send('ConfirmTicket', { orderId });
    await replyOf(orderId, 'TicketConfirmed');
    await ticketIs(orderId, 'AWAITING_ACCEPTANCE');
  });

  it('gives an order asked twice (a new message each time) the same one ticket', async () => {
    const orderId = crypto.randomUUID();
    await createTicket(orderId);
    await createTicket(orderId);
    await eventually('two answers', () => (replies.filter((r) => r.payload.orderId === orderId).length === 2 ? true : undefined));
    const ids = replies.filter((r): r is Message<'TicketCreated'> => r.type === 'TicketCreated' && r.payload.orderId === orderId).map((r) => r.payload.ticketId);
    expect(new Set(ids).size).toBe(1);
    expect(await ticketsOf(orderId)).toHaveLength(1);
  });

  it('cancels a ticket, however often the compensation comes', async () => {
    const orderId = crypto.randomUUID();
    const cancellationsAnswered = (count: number) =>
      eventually(`${count} TicketCancelled`, () => {
        const answers = replies.filter((r) => r.type === 'TicketCancelled' && r.payload.orderId === orderId);
        return answers.length === count ? answers : undefined;
      });
    await createTicket(orderId);
    await ticketIs(orderId, 'CREATE_PENDING');
    await send('CancelTicket', { orderId, restaurantId });
    await send('CancelTicket', { orderId, restaurantId });
    const cancelled = await ticketIs(orderId, 'CANCELLED');
    // Each cancellation is answered, for the cancel-order saga that waits for it.
    expect(await cancellationsAnswered(2)).toEqual([
      expect.objectContaining({ source: 'kitchen', correlationId: 'correlation-3' }),
      expect.objectContaining({ source: 'kitchen', correlationId: 'correlation-3' }),
    ]);
    // A confirmation after the cancellations changes nothing. The order's next command is handled after
    // it (one order's commands are handled in sequence), so its answer says the confirmation was handled.
    await send('ConfirmTicket', { orderId });
    await send('CancelTicket', { orderId, restaurantId });
    await cancellationsAnswered(3);
    expect(await ticketsOf(orderId)).toEqual([cancelled]);
    expect(replies.some((r) => r.type === 'TicketConfirmed' && r.payload.orderId === orderId)).toBe(false);
  });

  it('refuses a CreateTicket that arrives after its cancellation, so nothing is cooked for a rejected order', async () => {
    const orderId = crypto.randomUUID();
    await send('CancelTicket', { orderId, restaurantId });
    await ticketIs(orderId, 'CANCELLED');
    await createTicket(orderId);
    expect((await replyOf(orderId, 'TicketRejected')).payload).toEqual({ orderId, reason: 'The kitchen could not take your order' });
    expect(await ticketsOf(orderId)).toEqual([expect.objectContaining({ status: 'CANCELLED', lines: [] })]);
  });
});
