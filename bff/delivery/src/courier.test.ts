import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMessage } from '@tiffin/messages';
import { delivery, deliveryList, problem, takenByAnotherCourier, type Delivery } from '@tiffin/contracts';
import { demoAccounts } from '@tiffin/demo-accounts';
import type { HttpApp } from '@tiffin/http-kit';
import { memoryLogger, signedInAs, testIdentitySecret } from '@tiffin/http-kit/testing';
import { startBackend } from '@tiffin/system-test';
import { buildApp } from './app';

let backend: Awaited<ReturnType<typeof startBackend<'delivery'>>>;
let app: HttpApp;
const { rosa, kofi, guest } = demoAccounts;

beforeAll(async () => {
  backend = await startBackend(['delivery']);
  app = buildApp({
    env: { TIFFIN_DELIVERY_SERVICE_URL: backend.urls.delivery },
    logger: memoryLogger().logger,
    identitySecret: testIdentitySecret,
  });
});

afterAll(async () => {
  await app?.close();
  await backend?.stop();
});

const get = (url: string, who: Parameters<typeof signedInAs>[0]) => app.inject({ url, headers: signedInAs(who) });
const act = (deliveryId: string, action: string, who: Parameters<typeof signedInAs>[0]) =>
  app.inject({ method: 'POST', url: `/courier/deliveries/${deliveryId}/${action}`, headers: signedInAs(who) });
const offered = async (who = rosa) => deliveryList.parse((await get('/courier/offered-deliveries', who)).json());
const mine = async (who: typeof rosa | typeof kofi) => deliveryList.parse((await get('/courier/deliveries', who)).json());

/** An order approved as the order service announces it; the delivery service schedules and offers its delivery. */
async function anOfferedDelivery(): Promise<Delivery> {
  const orderId = randomUUID();
  await backend.broker.publish(
    createMessage('OrderApproved', 'order', {
      orderId,
      consumerId: guest.consumerId,
      restaurantId: demoAccounts.bombayStaff.restaurantId,
      restaurantName: 'Bombay Tiffin House',
      pickupAddress: '5 Spice Market',
      deliveryAddress: '12 Curry Lane',
      totalCents: 2450,
    }),
  );
  return vi.waitFor(
    async () => (await offered()).find((d) => d.orderId === orderId) ?? expect.fail(`no delivery was offered for order ${orderId}`),
    { timeout: 10_000, interval: 50 },
  );
}

describe('courier routes of the delivery BFF', () => {
  it('offers a scheduled delivery with what the courier carries, then follows the courier who took it to the door', async () => {
    const offer = await anOfferedDelivery();
    expect(offer).toMatchObject({ status: 'SCHEDULED', courierId: null, totalCents: 2450, pickupAddress: '5 Spice Market' });

    const taken = await act(offer.id, 'take', rosa);
    expect(taken.statusCode).toBe(200);
    expect(delivery.parse(taken.json())).toMatchObject({ status: 'ASSIGNED', courierId: rosa.courierId });
    expect((await offered()).map((d) => d.id)).not.toContain(offer.id);
    expect((await mine(rosa)).map((d) => [d.id, d.status])).toContainEqual([offer.id, 'ASSIGNED']);
    expect((await mine(kofi)).map((d) => d.id)).not.toContain(offer.id);

    expect((await act(offer.id, 'pick-up', rosa)).json()).toMatchObject({ status: 'PICKED_UP' });
    expect((await act(offer.id, 'deliver', rosa)).json()).toMatchObject({ status: 'DELIVERED' });
    expect((await mine(rosa)).find((d) => d.id === offer.id)?.status).toBe('DELIVERED');
  });

  it('tells the courier who loses the race to take a delivery that someone else took it', async () => {
    const offer = await anOfferedDelivery();
    const [first, second] = await Promise.all([act(offer.id, 'take', rosa), act(offer.id, 'take', kofi)]);
    const statuses = [first.statusCode, second.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = first.statusCode === 409 ? first : second;
    expect(problem.parse(loser.json()).message).toBe(takenByAnotherCourier);
    // Asked again after the race, the same readable answer.
    const late = await act(offer.id, 'take', first.statusCode === 409 ? rosa : kofi);
    expect([late.statusCode, problem.parse(late.json()).message]).toEqual([409, takenByAnotherCourier]);
  });

  it('answers a courier acting on a delivery they do not hold exactly like a missing one', async () => {
    const offer = await anOfferedDelivery();
    await act(offer.id, 'take', rosa);
    const unknown = randomUUID();
    const missing = await act(unknown, 'pick-up', kofi);
    expect([missing.statusCode, problem.parse(missing.json()).message]).toEqual([404, `delivery ${unknown} not found`]);
    for (const action of ['pick-up', 'deliver']) {
      const someoneElses = await act(offer.id, action, kofi);
      expect([someoneElses.statusCode, problem.parse(someoneElses.json()).message]).toEqual([404, `delivery ${offer.id} not found`]);
    }
    // Still offered to nobody, and untouched: Rosa carries on.
    expect((await act(offer.id, 'pick-up', rosa)).json()).toMatchObject({ status: 'PICKED_UP', courierId: rosa.courierId });
  });

  it('says in plain words why a step cannot be done yet', async () => {
    const offer = await anOfferedDelivery();
    await act(offer.id, 'take', kofi);
    const early = await act(offer.id, 'deliver', kofi);
    expect([early.statusCode, problem.parse(early.json()).message]).toEqual([
      409,
      'Pick the food up at the restaurant before marking it delivered',
    ]);
  });

  it('refuses customers with 403 and callers without an identity with 401', async () => {
    const offer = await anOfferedDelivery();
    for (const request of [
      { url: '/courier/offered-deliveries' },
      { url: '/courier/deliveries' },
      { method: 'POST' as const, url: `/courier/deliveries/${offer.id}/take` },
    ]) {
      const customer = await app.inject({ ...request, headers: signedInAs(guest) });
      expect([customer.statusCode, problem.parse(customer.json()).message]).toEqual([403, 'only couriers may do this']);
      const staff = await app.inject({ ...request, headers: signedInAs(demoAccounts.bombayStaff) });
      expect(staff.statusCode).toBe(403);
      const nobody = await app.inject(request);
      expect([nobody.statusCode, problem.parse(nobody.json()).message]).toEqual([401, 'sign in to use Tiffin']);
      const forged = await app.inject({ ...request, headers: signedInAs(rosa, 'not-the-edge-secret-0123456789abcdef') });
      expect(forged.statusCode).toBe(401);
    }
    expect((await offered()).map((d) => d.id)).toContain(offer.id);
  });
});
