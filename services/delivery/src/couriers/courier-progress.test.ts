import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { delivery as deliverySchema, deliveryList, type Delivery } from '@tiffin/contracts';
import { type Message } from '@tiffin/messages';
import { eventually, publishedMessages } from '@tiffin/service-kit/testing';
import { anOrderApproved } from '../testing/approvals';
import { deliveryUnderTest, type DeliveryUnderTest } from '../testing/delivery-under-test';

type Progress = Message<'CourierAssigned' | 'DeliveryPickedUp' | 'DeliveryDelivered'>;

describe('couriers taking, picking up and delivering', () => {
  let delivery: DeliveryUnderTest;
  let events: Progress[];
  let scheduled: Message<'DeliveryScheduled'>[];

  beforeAll(async () => {
    delivery = await deliveryUnderTest();
    events = await publishedMessages(delivery.broker, ['CourierAssigned', 'DeliveryPickedUp', 'DeliveryDelivered']);
    scheduled = await publishedMessages(delivery.broker, ['DeliveryScheduled']);
    await delivery.service.start();
  });
  afterAll(() => delivery.dispose());

  async function offeredDelivery(): Promise<Delivery> {
    const approved = anOrderApproved();
    await delivery.broker.publish(approved);
    const { payload } = await eventually('scheduled', () => scheduled.find((m) => m.payload.orderId === approved.payload.orderId));
    return deliverySchema.parse((await delivery.service.app.inject({ url: `/deliveries/${payload.deliveryId}` })).json());
  }
  const act = (deliveryId: string, action: string, courierId: string) =>
    delivery.service.app.inject({ method: 'POST', url: `/deliveries/${deliveryId}/${action}`, payload: { courierId } });
  const offered = async () => deliveryList.parse((await delivery.service.app.inject({ url: '/offered-deliveries' })).json()).map((d) => d.id);
  const eventsOf = (orderId: string) => events.filter((m) => m.payload.orderId === orderId);

  it('offers a scheduled delivery until a courier takes it, then follows that courier to the door', async () => {
    const { id, orderId } = await offeredDelivery();
    expect(await offered()).toContain(id);
    const courierId = crypto.randomUUID();
    expect((await act(id, 'take', courierId)).json()).toMatchObject({ status: 'ASSIGNED', courierId });
    expect(await offered()).not.toContain(id);
    // Asked again by the same courier: answered as it is, announced once.
    expect((await act(id, 'take', courierId)).statusCode).toBe(200);
    expect((await act(id, 'pick-up', courierId)).json()).toMatchObject({ status: 'PICKED_UP' });
    expect((await act(id, 'deliver', courierId)).json()).toMatchObject({ status: 'DELIVERED' });
    await eventually('three events', () => (eventsOf(orderId).length === 3 ? true : undefined));
    expect(eventsOf(orderId).map((m) => m.type)).toEqual(['CourierAssigned', 'DeliveryPickedUp', 'DeliveryDelivered']);
    expect(eventsOf(orderId)[0]!.payload).toEqual({ orderId, deliveryId: id, courierId });
  });

  it('refuses another courier, and a step out of turn, with a 409 saying why', async () => {
    const { id } = await offeredDelivery();
    const courierId = crypto.randomUUID();
    const early = await act(id, 'deliver', courierId);
    expect([early.statusCode, early.json().message]).toEqual([409, `delivery ${id} is SCHEDULED: it must be PICKED_UP to be delivered`]);
    await act(id, 'take', courierId);
    const other = await act(id, 'pick-up', crypto.randomUUID());
    expect([other.statusCode, other.json().message]).toEqual([409, `delivery ${id} was taken by another courier`]);
  });

  it('lists the deliveries a courier took, and nobody else’s', async () => {
    const courierId = crypto.randomUUID();
    const mine = await offeredDelivery();
    const theirs = await offeredDelivery();
    await act(mine.id, 'take', courierId);
    await act(theirs.id, 'take', crypto.randomUUID());
    const response = await delivery.service.app.inject({ url: `/deliveries?courierId=${courierId}` });
    expect(deliveryList.parse(response.json()).map((d) => [d.id, d.status])).toEqual([[mine.id, 'ASSIGNED']]);
  });

  it('answers 404 for an unknown delivery and 400 naming a missing courier', async () => {
    const unknown = crypto.randomUUID();
    const missing = await act(unknown, 'take', crypto.randomUUID());
    expect([missing.statusCode, missing.json().message]).toEqual([404, `delivery ${unknown} does not exist`]);
    const noCourier = await delivery.service.app.inject({ method: 'POST', url: `/deliveries/${unknown}/take`, payload: {} });
    expect(noCourier.statusCode).toBe(400);
    expect(noCourier.json().message).toMatch(/body\.courierId/);
  });
});
