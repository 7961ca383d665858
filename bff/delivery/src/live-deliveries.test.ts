import { describe, expect, it, vi } from 'vitest';
import { demoAccounts } from '@tiffin/demo-accounts';
import { orderHistoryEntry, orderWithdrawnEvent, withdrawnOrder } from '@tiffin/contracts';
import { closedPortUrl, memoryLogger, signedInAs, testIdentitySecret } from '@tiffin/http-kit/testing';
import { liveBffUnderTest, orderLifecycleEvents } from '@tiffin/system-test';
import { buildApp } from './app';

const { asha, leo, bombayStaff, rosa, kofi } = demoAccounts;
const restaurantId = bombayStaff.restaurantId;
const bff = liveBffUnderTest(async (historyUrl) =>
  buildApp({
    env: { TIFFIN_ORDER_HISTORY_SERVICE_URL: historyUrl, TIFFIN_DELIVERY_SERVICE_URL: await closedPortUrl() },
    identitySecret: testIdentitySecret,
    logger: memoryLogger().logger,
  }),
);
const { publish, live } = bff;
const entryOf = (data: string) => orderHistoryEntry.parse(JSON.parse(data));

describe('delivery BFF live updates', () => {
  it('refuses a caller the edge did not vouch for (401) and restaurant staff (403)', async () => {
    expect((await bff.app.inject({ url: '/live' })).statusCode).toBe(401);
    expect((await bff.app.inject({ url: '/live', headers: signedInAs(bombayStaff) })).statusCode).toBe(403);
  });

  it('shows couriers an order on offer, then only its id once another courier took it; the taker keeps following it', async () => {
    const rosas = await live(signedInAs(rosa));
    const kofis = await live(signedInAs(kofi));
    const order = orderLifecycleEvents({ consumerId: asha.consumerId, restaurantId });
    await publish(order.created, order.approved, order.scheduled);
    for (const stream of [rosas, kofis]) {
      await stream.waitFor((e) => e.event === 'order' && entryOf(e.data).id === order.orderId && entryOf(e.data).deliveryId !== null);
    }

    await publish(order.taken(kofi.courierId));
    const withdrawn = await rosas.waitFor((e) => e.event === orderWithdrawnEvent);
    // Rosa learns it is gone, not who took it or where it goes.
    expect(JSON.parse(withdrawn.data)).toEqual(withdrawnOrder.parse({ id: order.orderId }));
    await kofis.waitFor((e) => e.event === 'order' && entryOf(e.data).courierId === kofi.courierId);

    await publish(order.accepted);
    await kofis.waitFor((e) => e.event === 'order' && entryOf(e.data).status === 'ACCEPTED');
    expect(rosas.events.filter((e) => e.event === 'order').every((e) => entryOf(e.data).courierId === null)).toBe(true);
  });

  it('shows a customer their own orders only', async () => {
    const ashas = await live(signedInAs(asha));
    const leos = orderLifecycleEvents({ consumerId: leo.consumerId, restaurantId });
    const ashas1 = orderLifecycleEvents({ consumerId: asha.consumerId, restaurantId });
    await publish(leos.created);
    await vi.waitFor(async () => expect((await bff.backend.services['order-history'].app.inject({ url: `/orders/${leos.orderId}` })).statusCode).toBe(200), {
      timeout: 10_000,
    });
    await publish(ashas1.created);
    await ashas.waitFor((e) => entryOf(e.data).id === ashas1.orderId);
    expect(ashas.events.map((e) => entryOf(e.data).id)).toEqual([ashas1.orderId]);
  });
});
