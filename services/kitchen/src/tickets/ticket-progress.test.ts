import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessage, type Message } from '@tiffin/messages';
import { ticket } from '@tiffin/contracts';
import { eventually, publishedMessages } from '@tiffin/service-kit/testing';
import { confirmedTicket as aConfirmedTicket } from '../testing/confirmed-ticket';
import { kitchenUnderTest, type KitchenUnderTest } from '../testing/kitchen-under-test';

type Progress = Message<'TicketAccepted' | 'TicketPreparing' | 'TicketReady' | 'TicketDeclined'>;

describe('the kitchen staff moving a confirmed ticket on', () => {
  let kitchen: KitchenUnderTest;
  let events: Progress[];
  let confirmed: Message<'TicketConfirmed'>[];

  beforeAll(async () => {
    kitchen = await kitchenUnderTest();
    events = await publishedMessages(kitchen.broker, ['TicketAccepted', 'TicketPreparing', 'TicketReady', 'TicketDeclined']);
    confirmed = await publishedMessages(kitchen.broker, ['TicketConfirmed']);
    await kitchen.service.start();
  });
  afterAll(() => kitchen.dispose());

  const confirmedTicket = () => aConfirmedTicket(kitchen, confirmed);
  const act = (ticketId: string, action: string, payload?: object) =>
    kitchen.service.app.inject({ method: 'POST', url: `/tickets/${ticketId}/${action}`, ...(payload ? { payload } : {}) });
  const eventsOf = (orderId: string) => events.filter((m) => m.payload.orderId === orderId).map((m) => m.type);

  it('accepts, prepares and readies a ticket, announcing each step once', async () => {
    const { id, orderId } = await confirmedTicket();
    const accepted = await act(id, 'accept');
    expect(accepted.statusCode).toBe(200);
    expect(ticket.parse(accepted.json())).toMatchObject({ id, status: 'ACCEPTED', rejectionReason: null });
    // A double click: answered as it is, announced once.
    expect((await act(id, 'accept')).json()).toMatchObject({ status: 'ACCEPTED' });
    expect((await act(id, 'preparing')).json()).toMatchObject({ status: 'PREPARING' });
    expect((await act(id, 'ready')).json()).toMatchObject({ status: 'READY_FOR_PICKUP' });
    await eventually('three events', () => (eventsOf(orderId).length === 3 ? true : undefined));
    expect(eventsOf(orderId)).toEqual(['TicketAccepted', 'TicketPreparing', 'TicketReady']);
    expect(events.find((m) => m.payload.orderId === orderId)).toMatchObject({ source: 'kitchen', payload: { ticketId: id } });
  });

  it('refuses a step out of turn with a 409 naming the status it needs', async () => {
    const { id } = await confirmedTicket();
    const early = await act(id, 'ready');
    expect([early.statusCode, early.json().message]).toEqual([409, `ticket ${id} is AWAITING_ACCEPTANCE: it must be PREPARING to be marked ready`]);
    await act(id, 'accept');
    const late = await act(id, 'reject', { reason: 'Out of paneer' });
    expect([late.statusCode, late.json().message]).toEqual([409, `ticket ${id} is ACCEPTED: it must be AWAITING_ACCEPTANCE to be rejected`]);
  });

  it('rejects with the reason the customer will read, and keeps it when the order is then cancelled', async () => {
    const { id, orderId, restaurantId } = await confirmedTicket();
    expect((await act(id, 'reject', { reason: 'Out of paneer today' })).json()).toMatchObject({ status: 'REJECTED', rejectionReason: 'Out of paneer today' });
    const declined = await eventually('TicketDeclined', () => events.find((m) => m.type === 'TicketDeclined' && m.payload.orderId === orderId));
    expect(declined.payload).toEqual({ orderId, ticketId: id, reason: 'Out of paneer today' });
    await kitchen.broker.publish(createMessage('CancelTicket', 'order', { orderId, restaurantId }));
    const marker = await confirmedTicket();
    expect(marker.status).toBe('AWAITING_ACCEPTANCE');
    expect((await kitchen.service.app.inject({ url: `/tickets/${id}` })).json()).toMatchObject({ status: 'REJECTED', rejectionReason: 'Out of paneer today' });
  });

  it('answers 404 for an unknown ticket and 400 naming a missing reason', async () => {
    const unknown = crypto.randomUUID();
    const missing = await act(unknown, 'accept');
    expect([missing.statusCode, missing.json().message]).toEqual([404, `ticket ${unknown} does not exist`]);
    const { id } = await confirmedTicket();
    const noReason = await act(id, 'reject', {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().message).toMatch(/body\.reason/);
  });
});
