import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryList } from '@tiffin/contracts';
import { type Message } from '@tiffin/messages';
import { eventually, publishedMessages } from '@tiffin/service-kit/testing';
import { anOrderApproved } from '../testing/approvals';
import { deliveryUnderTest, type DeliveryUnderTest } from '../testing/delivery-under-test';

describe('scheduling a delivery when an order is approved', () => {
  let delivery: DeliveryUnderTest;
  let scheduled: Message<'DeliveryScheduled'>[];

  beforeAll(async () => {
    delivery = await deliveryUnderTest();
    scheduled = await publishedMessages(delivery.broker, ['DeliveryScheduled']);
    await delivery.service.start();
  });
  afterAll(() => delivery.dispose());

  const deliveriesOfOrder = async (orderId: string) =>
    deliveryList.parse((await delivery.service.app.inject({ method: 'GET', url: `/deliveries?orderId=${orderId}` })).json());

  it('schedules a delivery with the order’s customer, restaurant and addresses', async () => {
    const approved = anOrderApproved();
    await delivery.broker.publish(approved);

    const [scheduledDelivery] = await eventually('the delivery', async () => {
      const found = await deliveriesOfOrder(approved.payload.orderId);
      return found.length > 0 ? found : undefined;
    });
    const { orderId, consumerId, restaurantId, restaurantName, pickupAddress, deliveryAddress, totalCents } = approved.payload;
    expect(scheduledDelivery).toMatchObject({
      orderId,
      consumerId,
      restaurantId,
      restaurantName,
      pickupAddress,
      deliveryAddress,
      totalCents,
      status: 'SCHEDULED',
    });
    const announced = await eventually('DeliveryScheduled', () => scheduled.find((m) => m.payload.orderId === orderId));
    expect(announced.payload).toEqual({ deliveryId: scheduledDelivery!.id, orderId, consumerId });
    expect(announced.correlationId).toBe(approved.correlationId);
  });

  it('schedules one delivery however often the approval arrives', async () => {
    const approved = anOrderApproved();
    await delivery.broker.publish(approved);
    await delivery.broker.publish(approved);
    // The same approval published again under a new message id, as a replayed outbox would.
    await delivery.broker.publish(anOrderApproved(approved.payload));
    const marker = anOrderApproved();
    await delivery.broker.publish(marker);
    await eventually('the later delivery', () => scheduled.find((m) => m.payload.orderId === marker.payload.orderId));

    expect(await deliveriesOfOrder(approved.payload.orderId)).toHaveLength(1);
    expect(scheduled.filter((m) => m.payload.orderId === approved.payload.orderId)).toHaveLength(1);
  });
});
