import type { APIRequestContext } from '@playwright/test';
import { ticketList } from '@tiffin/contracts';
import { topology } from '@tiffin/topology';

const kitchen = `http://127.0.0.1:${topology.services.kitchen.port}`;

/**
 * The restaurant staff's part, through the kitchen service's own API (no staff screen yet): accept the
 * order's ticket, start preparing it and mark it ready for the courier.
 */
export async function kitchenMakesReady(request: APIRequestContext, orderId: string): Promise<void> {
  const tickets = ticketList.parse(await (await request.get(`${kitchen}/tickets`, { params: { orderId } })).json());
  const [ticket] = tickets;
  if (!ticket) throw new Error(`the kitchen has no ticket for order ${orderId}`);
  for (const step of ['accept', 'preparing', 'ready']) {
    const response = await request.post(`${kitchen}/tickets/${ticket.id}/${step}`, { data: {} });
    if (!response.ok()) throw new Error(`kitchen ${step} of ticket ${ticket.id}: ${response.status()} ${await response.text()}`);
  }
}
