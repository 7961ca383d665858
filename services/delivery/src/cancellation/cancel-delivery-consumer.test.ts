import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createMessage, type Message, type MessagePayload } from '@tiffin/messages';
import { deliveryList, type Delivery } from '@tiffin/contracts';
import { eventually, publishedMessages } from '@tiffin/service-kit/testing';
import { deliveries } from '../db/schema';
import { anOrderApproved } from '../testing/approvals';
import { deliveryUnderTest, type DeliveryUnderTest } from '../testing/delivery-under-test';

type Answer = Message<'DeliveryCancelled' | 'DeliveryCancelRefused'>;

describe('cancelling a delivery for the cancel-order saga', () => {
  let delivery: DeliveryUnderTest;
  let answers: Answer[];
  let scheduled: Message<'DeliveryScheduled'>[];

  beforeAll(async () => {
    delivery = await deliveryUnderTest();
    answers = await publishedMessages(delivery.broker, ['DeliveryCancelled', 'DeliveryCancelRefused']);
    scheduled = await publishedMessages(delivery.broker, ['DeliveryScheduled']);
    await delivery.service.start();
  });
  afterAll(() => delivery.dispose());

  const deliveriesOfOrder = async (orderId: string): Promise<Delivery[]> =>
    deliveryList.parse((await delivery.service.app.inject({ method: 'GET', url: `/deliveries?orderId=${orderId}` })).json());
  const cancel = (approved: MessagePayload<'OrderApproved'>) => {
    const { orderId, consumerId, restaurantId, restaurantName, pickupAddress, deliveryAddress } = approved;
    const payload = { orderId, consumerId, restaurantId, restaurantName, pickupAddress, deliveryAddress };
    return delivery.broker.publish(createMessage('CancelDelivery', 'order', payload, 'corr-cancel'));
  };
  const answersTo = (orderId: string, count: number) =>
    eventually(`${count} answers`, () => {
      const found = answers.filter((m) => m.payload.orderId === orderId);
      return found.length === count ? found : undefined;
    });
  async function scheduledDelivery(approved: Message<'OrderApproved'>): Promise<Delivery> {
    await delivery.broker.publish(approved);
    await eventually('the delivery scheduled', () => scheduled.find((m) => m.payload.orderId === approved.payload.orderId));
    return (await deliveriesOfOrder(approved.payload.orderId))[0]!;
  }

  it('cancels a scheduled delivery and answers each time the command comes', async () => {
    const approved = anOrderApproved();
    const before = await scheduledDelivery(approved);
    await cancel(approved.payload);
    await cancel(approved.payload);
    const [first] = await answersTo(approved.payload.orderId, 2);
    expect(first).toMatchObject({ type: 'DeliveryCancelled', source: 'delivery', correlationId: 'corr-cancel' });
    expect(await deliveriesOfOrder(approved.payload.orderId)).toEqual([expect.objectContaining({ id: before.id, status: 'CANCELLED' })]);
  });

  it('holds the order’s place when it comes before the approval, so the late approval schedules nothing', async () => {
    const approved = anOrderApproved();
    await cancel(approved.payload);
    await answersTo(approved.payload.orderId, 1);
    await delivery.broker.publish(approved);
    const marker = anOrderApproved();
    await scheduledDelivery(marker);
    expect(await deliveriesOfOrder(approved.payload.orderId)).toEqual([
      expect.objectContaining({ status: 'CANCELLED', deliveryAddress: approved.payload.deliveryAddress }),
    ]);
    expect(scheduled.some((m) => m.payload.orderId === approved.payload.orderId)).toBe(false);
  });

  it('refuses once the courier has picked the order up, leaving the delivery as it is', async () => {
    const approved = anOrderApproved();
    await scheduledDelivery(approved);
    await delivery.service.db.update(deliveries).set({ status: 'PICKED_UP' }).where(eq(deliveries.orderId, approved.payload.orderId));
    await cancel(approved.payload);
    const [refused] = await answersTo(approved.payload.orderId, 1);
    expect(refused).toMatchObject({
      type: 'DeliveryCancelRefused',
      payload: { reason: 'The courier has already picked up your order, so it can no longer be cancelled' },
    });
    expect((await deliveriesOfOrder(approved.payload.orderId))[0]?.status).toBe('PICKED_UP');
  });
});
