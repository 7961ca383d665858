import type { APIRequestContext } from '@playwright/test';
import { deliveryList } from '@tiffin/contracts';
import { demoAccounts } from '@tiffin/demo-accounts';
import { topology } from '@tiffin/topology';

const delivery = `http://127.0.0.1:${topology.services.delivery.port}`;

/**
 * A courier's part, through the delivery service's own API (the courier's screen is tested in
 * courier-delivery.spec.ts): Rosa takes the order's delivery, picks it up and delivers it.
 */
export async function courierDelivers(request: APIRequestContext, orderId: string): Promise<void> {
  const [found] = deliveryList.parse(await (await request.get(`${delivery}/deliveries`, { params: { orderId } })).json());
  if (!found) throw new Error(`the delivery service has no delivery for order ${orderId}`);
  for (const step of ['take', 'pick-up', 'deliver']) {
    const response = await request.post(`${delivery}/deliveries/${found.id}/${step}`, { data: { courierId: demoAccounts.rosa.courierId } });
    if (!response.ok()) throw new Error(`courier ${step} of delivery ${found.id}: ${response.status()} ${await response.text()}`);
  }
}
