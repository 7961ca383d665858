import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoAccounts } from '@tiffin/demo-accounts';
import { delivery, deliveryList, deliveryTracking, problem, trackedPosition, trackingEvents, type Delivery } from '@tiffin/contracts';
import type { HttpApp } from '@tiffin/http-kit';
import { listenToEventStream, memoryLogger, signedInAs, testIdentitySecret } from '@tiffin/http-kit/testing';
import { createMessage } from '@tiffin/messages';
import { startBackend } from '@tiffin/system-test';
import { buildApp } from './app';

const { asha, leo, rosa, kofi } = demoAccounts;
let backend: Awaited<ReturnType<typeof startBackend<'delivery'>>>;
let app: HttpApp;
let baseUrl: string;
let taken: Delivery;

beforeAll(async () => {
  backend = await startBackend(['delivery']);
  app = buildApp({ identitySecret: testIdentitySecret, env: { TIFFIN_DELIVERY_SERVICE_URL: backend.urls.delivery }, logger: memoryLogger().logger });
  baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  // Asha's order, approved: its delivery is scheduled, and Rosa takes it.
  const orderId = crypto.randomUUID();
  await backend.broker.publish(
    createMessage('OrderApproved', 'order', {
      orderId,
      consumerId: asha.consumerId,
      restaurantId: demoAccounts.bombayStaff.restaurantId,
      restaurantName: 'Bombay Tiffin House',
      pickupAddress: '118 Lexington Ave, New York, NY 10016',
      deliveryAddress: '221 Baker Street, Apt 2B',
      totalCents: 1695,
    }),
  );
  const [scheduled] = await vi.waitFor(async () => {
    const found = deliveryList.parse((await app.inject({ url: `/deliveries?orderId=${orderId}`, headers: signedInAs(asha) })).json());
    return found.length > 0 ? found : expect.fail('no delivery yet');
  }, { timeout: 10_000 });
  taken = delivery.parse((await app.inject({ method: 'POST', url: `/courier/deliveries/${scheduled!.id}/take`, headers: signedInAs(rosa) })).json());
});
afterAll(async () => {
  await app.close();
  await backend.stop();
});

const report = (who: typeof rosa | typeof kofi | typeof asha, x: number, y: number) =>
  app.inject({ method: 'POST', url: `/courier/deliveries/${taken.id}/position`, headers: signedInAs(who), payload: { x, y } });

describe('following a delivery through the delivery BFF', () => {
  it('takes the position of the courier who carries it only, and names a position outside the city', async () => {
    expect((await report(rosa, 800, 200)).statusCode).toBe(200);
    const kofis = await report(kofi, 800, 200);
    expect([kofis.statusCode, problem.parse(kofis.json()).message]).toEqual([404, `delivery ${taken.id} not found`]);
    expect((await report(asha, 800, 200)).statusCode).toBe(403);
    const outside = await report(rosa, -5, 200);
    expect([outside.statusCode, problem.parse(outside.json()).message]).toEqual([400, 'body.x: must be within the demo city (0 to 3200 m)']);
  });

  it('shows the customer their delivery on the map, and nobody else', async () => {
    const tracked = deliveryTracking.parse((await app.inject({ url: `/deliveries/${taken.id}/tracking`, headers: signedInAs(asha) })).json());
    expect(tracked.courier?.at).toEqual({ x: 800, y: 200 });
    expect(tracked.steps.find((step) => step.step === 'assigned')?.at).not.toBeNull();
    const leos = await app.inject({ url: `/deliveries/${taken.id}/tracking`, headers: signedInAs(leo) });
    expect([leos.statusCode, problem.parse(leos.json()).message]).toEqual([404, `delivery ${taken.id} not found`]);
    expect((await app.inject({ url: `/deliveries/${taken.id}/live`, headers: signedInAs(leo) })).statusCode).toBe(404);
  });

  it('relays the courier’s positions to the customer live, from where their stream left off', async () => {
    const { seq } = deliveryTracking.parse((await app.inject({ url: `/deliveries/${taken.id}/tracking`, headers: signedInAs(asha) })).json());
    const stream = await listenToEventStream(`${baseUrl}/deliveries/${taken.id}/live?after=${seq}`, signedInAs(asha));
    try {
      expect(stream.status).toBe(200);
      await report(rosa, 800, 260);
      const moved = await stream.waitFor((event) => event.event === trackingEvents.position);
      expect(trackedPosition.parse(JSON.parse(moved.data)).at).toEqual({ x: 800, y: 260 });
    } finally {
      stream.drop();
    }
  });
});
