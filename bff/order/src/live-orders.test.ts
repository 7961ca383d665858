import { describe, expect, it, vi } from 'vitest';
import { demoAccounts } from '@tiffin/demo-accounts';
import { orderHistoryEntry, problem } from '@tiffin/contracts';
import { createServiceClient } from '@tiffin/http-kit';
import { memoryLogger, signedInAs, startSilentServer, testIdentitySecret } from '@tiffin/http-kit/testing';
import { liveBffUnderTest, orderLifecycleEvents } from '@tiffin/system-test';
import { buildApp } from './app';

const { asha, leo, bombayStaff, rosa } = demoAccounts;
const sakura = demoAccounts.sakuraStaff.restaurantId;
// Short, so a stream quiet for longer shows that only the opening is timed.
const serviceTimeoutMs = 1_000;
const bff = liveBffUnderTest((historyUrl) =>
  buildApp({
    env: { TIFFIN_ORDER_HISTORY_SERVICE_URL: historyUrl },
    identitySecret: testIdentitySecret,
    logger: memoryLogger().logger,
    serviceTimeoutMs,
  }),
);
const { publish, live } = bff;
const idOf = (data: string) => orderHistoryEntry.parse(JSON.parse(data)).id;
const waitLong = { timeout: 10_000, interval: 25 };
const inView = (orderId: string) =>
  // Injected, not fetched: the only connections to order-history are then the BFF's streams.
  vi.waitFor(async () => expect((await bff.backend.services['order-history'].app.inject({ url: `/orders/${orderId}` })).statusCode).toBe(200), waitLong);
/** What the order-history service has open: the BFF's upstream streams among them. */
const historyConnections = () =>
  new Promise<number>((resolve, reject) =>
    bff.backend.services['order-history'].app.server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
  );

describe('order BFF live updates', () => {
  it('refuses a caller the edge did not vouch for (401) and a courier (403)', async () => {
    const anonymous = await bff.app.inject({ url: '/live' });
    expect(anonymous.statusCode).toBe(401);
    expect(problem.parse(anonymous.json()).message).toBe('sign in to use Tiffin');
    expect((await bff.app.inject({ url: '/live', headers: signedInAs(rosa) })).statusCode).toBe(403);
  });

  it('streams a customer their own orders and never another customer’s, live or caught up', async () => {
    const ashas = await live(signedInAs(asha));
    expect(ashas.status).toBe(200);
    const leosOrder = orderLifecycleEvents({ consumerId: leo.consumerId, restaurantId: bombayStaff.restaurantId });
    const ashasOrder = orderLifecycleEvents({ consumerId: asha.consumerId, restaurantId: bombayStaff.restaurantId });
    await publish(leosOrder.created);
    await inView(leosOrder.orderId);
    await publish(ashasOrder.created, leosOrder.approved, ashasOrder.approved);
    await ashas.waitFor((e) => orderHistoryEntry.parse(JSON.parse(e.data)).status === 'APPROVED');

    const caughtUp = await live({ ...signedInAs(asha), 'last-event-id': '0' });
    await caughtUp.waitFor((e) => idOf(e.data) === ashasOrder.orderId);
    // What a page that opened a new EventSource sends instead of the header; naming someone else in
    // the query changes nothing, identity decides.
    const reopened = await live(signedInAs(asha), `?after=0&consumerId=${leo.consumerId}`);
    await reopened.waitFor((e) => idOf(e.data) === ashasOrder.orderId);
    for (const stream of [ashas, caughtUp, reopened]) expect(new Set(stream.events.map((e) => idOf(e.data)))).toEqual(new Set([ashasOrder.orderId]));
  });

  it('streams restaurant staff their restaurant’s orders only', async () => {
    const staff = await live(signedInAs(bombayStaff));
    const elsewhere = orderLifecycleEvents({ consumerId: asha.consumerId, restaurantId: sakura });
    const here = orderLifecycleEvents({ consumerId: leo.consumerId, restaurantId: bombayStaff.restaurantId });
    await publish(elsewhere.created);
    await inView(elsewhere.orderId);
    await publish(here.created);
    await staff.waitFor((e) => idOf(e.data) === here.orderId);
    expect(staff.events.map((e) => idOf(e.data))).toEqual([here.orderId]);
  });

  it('keeps a quiet stream open past the service timeout, and it still carries changes', async () => {
    const ashas = await live(signedInAs(asha));
    // The quiet spell: a stream opened after Asha's, with the same timeout, from a service that never
    // answers, gives up first. A timeout armed for the opening of hers would have cut it by then.
    const silent = await startSilentServer();
    try {
      const client = createServiceClient({ name: 'order-history', baseUrl: silent.url, timeoutMs: serviceTimeoutMs, logger: memoryLogger().logger });
      await expect(client.stream('/live', { signal: new AbortController().signal })).rejects.toMatchObject({ statusCode: 504 });
    } finally {
      await silent.close();
    }
    const order = orderLifecycleEvents({ consumerId: asha.consumerId, restaurantId: bombayStaff.restaurantId });
    await publish(order.created);
    await ashas.waitFor((e) => idOf(e.data) === order.orderId);
  });

  it('closes the stream to order-history when the browser goes away', async () => {
    await vi.waitFor(async () => expect(await historyConnections()).toBe(0), waitLong);
    const stream = await live(signedInAs(asha));
    expect(await historyConnections()).toBe(1);
    stream.drop();
    await vi.waitFor(async () => expect(await historyConnections()).toBe(0), waitLong);
  });
});
