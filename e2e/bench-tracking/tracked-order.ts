import type { APIRequestContext } from '@playwright/test';
import { deliveryList, orderAccepted, orderDetails, paymentCardList, ticketList } from '@tiffin/contracts';
import { demoAccounts } from '@tiffin/demo-accounts';
import { topology } from '@tiffin/topology';

const bombay = { restaurantId: demoAccounts.bombayStaff.restaurantId, butterChicken: '00e6f993-2e86-45e4-ac0a-944de22041a9' };
const kitchen = `http://127.0.0.1:${topology.services.kitchen.port}`;

async function until<T>(what: string, read: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await read();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface SignedIn {
  request: APIRequestContext;
  csrfToken: string;
}

/**
 * A delivery on its way to be tracked: the customer orders one Butter Chicken through the BFFs, the
 * kitchen accepts it (through the kitchen service, as the staff's screen would) and the courier takes
 * it. Returns the delivery's id.
 */
export async function takenDelivery(customer: SignedIn, courier: SignedIn): Promise<string> {
  const cards = paymentCardList.parse(await (await customer.request.get('/bff/order/payment-cards')).json());
  const card = cards.find((candidate) => !candidate.expired);
  if (!card) throw new Error('the customer has no card that has not expired');
  const placed = await customer.request.post('/bff/order/orders', {
    headers: { 'x-csrf-token': customer.csrfToken, 'idempotency-key': crypto.randomUUID() },
    data: { restaurantId: bombay.restaurantId, lines: [{ menuItemId: bombay.butterChicken, quantity: 1 }], deliveryAddress: `${Date.now() % 10_000} Bench Row`, cardId: card.id },
  });
  if (placed.status() !== 202) throw new Error(`placing the order answered ${placed.status()}: ${await placed.text()}`);
  const { orderId } = orderAccepted.parse(await placed.json());
  await until('the order approved', async () => {
    const details = orderDetails.parse(await (await customer.request.get(`/bff/order/orders/${orderId}/details`)).json());
    return details.order.status === 'APPROVED' ? true : undefined;
  });
  const [ticket] = ticketList.parse(await (await customer.request.get(`${kitchen}/tickets`, { params: { orderId } })).json());
  if (!ticket) throw new Error(`the kitchen has no ticket for order ${orderId}`);
  await customer.request.post(`${kitchen}/tickets/${ticket.id}/accept`, { data: {} });
  const deliveryId = await until('the delivery scheduled', async () => {
    const [found] = deliveryList.parse(await (await customer.request.get('/bff/delivery/deliveries', { params: { orderId } })).json());
    return found?.id;
  });
  const taken = await courier.request.post(`/bff/delivery/courier/deliveries/${deliveryId}/take`, { headers: { 'x-csrf-token': courier.csrfToken } });
  if (!taken.ok()) throw new Error(`taking the delivery answered ${taken.status()}: ${await taken.text()}`);
  return deliveryId;
}
