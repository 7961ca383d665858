import { delivery, type Delivery } from '@tiffin/contracts';
import type { Message } from '@tiffin/messages';
import { eventually } from '@tiffin/service-kit/testing';
import { anOrderApproved } from './approvals';
import type { DeliveryUnderTest } from './delivery-under-test';

/**
 * A delivery scheduled for a new approved order and taken by `courierId`. `scheduled` is what the
 * test collects of DeliveryScheduled (publishedMessages, before start).
 */
export async function takenDelivery(service: DeliveryUnderTest, scheduled: readonly Message<'DeliveryScheduled'>[], courierId: string): Promise<Delivery> {
  const approved = anOrderApproved();
  await service.broker.publish(approved);
  const { payload } = await eventually('scheduled', () => scheduled.find((m) => m.payload.orderId === approved.payload.orderId));
  const taken = await service.service.app.inject({ method: 'POST', url: `/deliveries/${payload.deliveryId}/take`, payload: { courierId } });
  return delivery.parse(taken.json());
}
