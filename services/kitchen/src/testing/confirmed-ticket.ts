import { createMessage, type Message } from '@tiffin/messages';
import type { Ticket } from '@tiffin/contracts';
import { eventually } from '@tiffin/service-kit/testing';
import type { KitchenUnderTest } from './kitchen-under-test';

/**
 * A ticket as the create-order saga leaves it: created, then confirmed (AWAITING_ACCEPTANCE).
 * `confirmed` is what the test collects of TicketConfirmed (publishedMessages, before start).
 */
export async function confirmedTicket(
  kitchen: KitchenUnderTest,
  confirmed: readonly Message<'TicketConfirmed'>[],
  lines: Ticket['lines'] = [{ menuItemId: crypto.randomUUID(), quantity: 1 }],
): Promise<Ticket> {
  const orderId = crypto.randomUUID();
  await kitchen.broker.publish(createMessage('CreateTicket', 'order', { orderId, restaurantId: crypto.randomUUID(), lines }));
  await kitchen.broker.publish(createMessage('ConfirmTicket', 'order', { orderId }));
  await eventually('the ticket confirmed', () => confirmed.find((m) => m.payload.orderId === orderId));
  const [found] = (await kitchen.service.app.inject({ url: `/tickets?orderId=${orderId}` })).json() as Ticket[];
  return found!;
}
