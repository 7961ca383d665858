import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '@tiffin/messages';
import { loneSurrogateMessage, nulMessage } from '@tiffin/contracts';
import { publishedMessages, testedBackends } from '@tiffin/service-kit/testing';
import { confirmedTicket } from '../testing/confirmed-ticket';
import { kitchenUnderTest, type KitchenUnderTest } from '../testing/kitchen-under-test';

/**
 * The reason a cook types goes into the ticket's row and the TicketDeclined event's outbox row
 * (jsonb): text PostgreSQL cannot keep would fail that transaction. It is the client's mistake, so a
 * 400 naming the field, and the ticket is left as it was.
 */
describe.each(testedBackends<'pglite' | 'postgres'>('pglite', 'postgres'))('a reject reason the database could not store (%s)', (database) => {
  let kitchen: KitchenUnderTest;
  let confirmed: Message<'TicketConfirmed'>[];

  beforeAll(async () => {
    kitchen = await kitchenUnderTest(database);
    confirmed = await publishedMessages(kitchen.broker, ['TicketConfirmed']);
    await kitchen.service.start();
  });
  afterAll(() => kitchen.dispose());

  const reject = (ticketId: string, reason: string) =>
    kitchen.service.app.inject({ method: 'POST', url: `/tickets/${ticketId}/reject`, payload: { reason } });

  it.each([
    ['a lone surrogate', 'Out of \ud800 paneer', loneSurrogateMessage],
    ['a NUL', 'Out of\u0000paneer', nulMessage],
  ])('refuses %s with a 400 naming the field, and the ticket stays as it was', async (_case, reason, rule) => {
    const { id } = await confirmedTicket(kitchen, confirmed);
    const refused = await reject(id, reason);
    expect([refused.statusCode, refused.json().message]).toEqual([400, `body.reason: ${rule}`]);
    expect((await kitchen.service.app.inject({ url: `/tickets/${id}` })).json()).toMatchObject({ status: 'AWAITING_ACCEPTANCE', rejectionReason: null });
    expect((await reject(id, 'Out of paneer')).json()).toMatchObject({ status: 'REJECTED', rejectionReason: 'Out of paneer' });
  });
});
