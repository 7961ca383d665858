import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryTracking, trackedPosition, trackingEvents, type DeliveryTracking } from '@tiffin/contracts';
import { placeAddress } from '@tiffin/demo-city';
import { listenToEventStream, type EventStreamListener } from '@tiffin/http-kit/testing';
import { createMessage, type Message } from '@tiffin/messages';
import { eventually, publishedMessages } from '@tiffin/service-kit/testing';
import { deliveryUnderTest, type DeliveryUnderTest } from '../testing/delivery-under-test';
import { takenDelivery } from '../testing/taken-delivery';

describe('following a delivery: its steps, the courier’s position and the arrival', () => {
  let service: DeliveryUnderTest;
  let scheduled: Message<'DeliveryScheduled'>[];
  let baseUrl: string;
  const streams: EventStreamListener[] = [];
  const courierId = crypto.randomUUID();

  beforeAll(async () => {
    service = await deliveryUnderTest();
    scheduled = await publishedMessages(service.broker, ['DeliveryScheduled']);
    await service.service.start();
    baseUrl = await service.service.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    for (const stream of streams) stream.drop();
    await service.dispose();
  });

  const inject = (method: 'GET' | 'POST', url: string, payload?: object) => service.service.app.inject({ method, url, ...(payload ? { payload } : {}) });
  const tracking = async (deliveryId: string): Promise<DeliveryTracking> => deliveryTracking.parse((await inject('GET', `/deliveries/${deliveryId}/tracking`)).json());
  const report = (deliveryId: string, x: number, y: number, by = courierId) => inject('POST', `/deliveries/${deliveryId}/position`, { courierId: by, x, y });
  const listen = async (deliveryId: string, headers: Record<string, string> = {}) => {
    const stream = await listenToEventStream(`${baseUrl}/deliveries/${deliveryId}/tracking/live`, headers);
    streams.push(stream);
    return stream;
  };

  it('shows each step with its time, both ends of the ride in the demo city, and the arrival once the kitchen gives its time', async () => {
    const taken = await takenDelivery(service, scheduled, courierId);
    const before = await tracking(taken.id);
    expect(before.pickup).toEqual(placeAddress(taken.pickupAddress));
    expect(before.dropOff).toEqual(placeAddress(taken.deliveryAddress));
    expect(before.steps.filter((step) => step.at !== null).map((step) => step.step)).toEqual(['confirmed', 'assigned']);
    // Nothing to go by before the kitchen accepts.
    expect(before.arrival).toBeNull();

    const readyBy = new Date(Date.now() + 15 * 60_000).toISOString();
    await service.broker.publish(createMessage('TicketAccepted', 'kitchen', { orderId: taken.orderId, ticketId: crypto.randomUUID(), readyBy, preparationMinutes: 15 }));
    const accepted = await eventually('the kitchen’s estimate', async () => {
      const now = await tracking(taken.id);
      return now.arrival ? now : undefined;
    });
    expect(accepted.steps.find((step) => step.step === 'accepted')?.at).not.toBeNull();
    // The food is ready in 15 minutes at the earliest, so it cannot be at the door sooner.
    expect(Date.parse(accepted.arrival!.estimate)).toBeGreaterThan(Date.parse(readyBy));
    expect(Date.parse(accepted.arrival!.latest)).toBeGreaterThan(Date.parse(accepted.arrival!.estimate));
  });

  it('takes a position only from the courier who took the delivery, inside the city, while it is under way', async () => {
    const taken = await takenDelivery(service, scheduled, courierId);
    const kept = await report(taken.id, 400, 600);
    expect(kept.statusCode).toBe(200);
    expect(trackedPosition.parse(kept.json()).at).toEqual({ x: 400, y: 600 });
    expect((await tracking(taken.id)).courier?.at).toEqual({ x: 400, y: 600 });

    const outside = await report(taken.id, 400, 9_000);
    expect([outside.statusCode, outside.json().message]).toEqual([400, 'body.y: must be within the demo city (0 to 2400 m)']);
    const someoneElse = await report(taken.id, 400, 600, crypto.randomUUID());
    expect(someoneElse.statusCode).toBe(409);
    await inject('POST', `/deliveries/${taken.id}/pick-up`, { courierId });
    await inject('POST', `/deliveries/${taken.id}/deliver`, { courierId });
    const afterwards = await report(taken.id, 800, 600);
    expect([afterwards.statusCode, afterwards.json().message]).toEqual([409, `delivery ${taken.id} is DELIVERED: positions are taken only while it is ASSIGNED or PICKED_UP`]);
    expect((await tracking(taken.id)).trail.map((position) => position.at)).toEqual([{ x: 400, y: 600 }]);
  });

  it('streams each position and where the delivery is now, and sends a stream that comes back every position it missed', async () => {
    const taken = await takenDelivery(service, scheduled, courierId);
    const first = await listen(taken.id, { 'last-event-id': String((await tracking(taken.id)).seq) });
    await report(taken.id, 400, 100);
    const seen = await first.waitFor((event) => event.event === trackingEvents.position);
    expect(trackedPosition.parse(JSON.parse(seen.data)).at).toEqual({ x: 400, y: 100 });
    const now = await first.waitFor((event) => event.event === trackingEvents.tracking);
    expect(deliveryTracking.omit({ trail: true }).parse(JSON.parse(now.data)).courier?.at).toEqual({ x: 400, y: 100 });
    first.drop();
    await first.ended;

    // Missed while away: two positions and the pick-up.
    await report(taken.id, 400, 150);
    await report(taken.id, 400, 200);
    await inject('POST', `/deliveries/${taken.id}/pick-up`, { courierId });

    const back = await listen(taken.id, { 'last-event-id': now.id! });
    const caughtUp = await back.waitFor((event) => event.event === trackingEvents.tracking);
    const missed = back.events.filter((event) => event.event === trackingEvents.position).map((event) => trackedPosition.parse(JSON.parse(event.data)).at);
    expect(missed).toEqual([{ x: 400, y: 150 }, { x: 400, y: 200 }]);
    expect(deliveryTracking.omit({ trail: true }).parse(JSON.parse(caughtUp.data)).delivery.status).toBe('PICKED_UP');
    const ids = back.events.map((event) => Number(event.id));
    expect(ids.every((id) => id > Number(now.id))).toBe(true);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('never sends one delivery’s positions on another’s stream', async () => {
    const mine = await takenDelivery(service, scheduled, courierId);
    const theirs = await takenDelivery(service, scheduled, courierId);
    const stream = await listen(mine.id, { 'last-event-id': String((await tracking(mine.id)).seq) });
    await report(theirs.id, 1_200, 1_200);
    // The marker: my own position, reported after theirs, arrives; theirs never did.
    await report(mine.id, 800, 800);
    await stream.waitFor((event) => event.event === trackingEvents.position);
    const positions = stream.events.filter((event) => event.event === trackingEvents.position).map((event) => trackedPosition.parse(JSON.parse(event.data)).at);
    expect(positions).toEqual([{ x: 800, y: 800 }]);
  });
});
