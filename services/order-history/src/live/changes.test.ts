import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessage, type Message } from '@tiffin/messages';
import { orderHistoryEntry, problem, type OrderHistoryEntry } from '@tiffin/contracts';
import { listenToEventStream, type EventStreamListener } from '@tiffin/http-kit/testing';
import { eventually } from '@tiffin/service-kit/testing';
import { historyDatabases, historyUnderTest, type HistoryUnderTest } from '../testing/history-under-test';
import { anOrdersEvents } from '../testing/order-events';

describe.each(historyDatabases)('live changes of the order-history view (%s)', (database) => {
  let history: HistoryUnderTest;
  let baseUrl: string;
  const streams: EventStreamListener[] = [];

  beforeAll(async () => {
    history = await historyUnderTest(database);
    await history.service.start();
    baseUrl = await history.service.app.listen({ port: 0, host: '127.0.0.1' });
  });
  // Streams still open: stopping the service must end them, or it would wait for them for ever.
  afterAll(() => history.dispose());

  const publish = async (...messages: Message[]) => {
    for (const message of messages) await history.broker.publish(message);
  };
  const listen = async (query: string, headers: Record<string, string> = {}) => {
    const stream = await listenToEventStream(`${baseUrl}/changes?${query}`, headers);
    streams.push(stream);
    return stream;
  };
  const entryOf = (data: string): OrderHistoryEntry => orderHistoryEntry.parse(JSON.parse(data));
  const viewed = (orderId: string, done: (entry: OrderHistoryEntry) => boolean) =>
    eventually(`order ${orderId} in the view`, async () => {
      const response = await history.service.app.inject({ url: `/orders/${orderId}` });
      const entry = response.statusCode === 200 ? orderHistoryEntry.parse(response.json()) : undefined;
      return entry && done(entry) ? entry : undefined;
    });
  const courierAssigned = (order: ReturnType<typeof anOrdersEvents>, courierId: string) =>
    createMessage('CourierAssigned', 'delivery', { orderId: order.orderId, deliveryId: order.scheduled.payload.deliveryId, courierId });

  it('streams each change of a consumer’s order once it is committed, numbered in order', async () => {
    const order = anOrdersEvents();
    const stream = await listen(`consumerId=${order.consumerId}`);
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);

    await publish(order.created);
    const created = await stream.waitFor((e) => entryOf(e.data).status === 'PENDING');
    expect(created.event).toBe('order');
    // Committed before it was told: the view already answers with it.
    expect((await history.service.app.inject({ url: `/orders/${order.orderId}` })).statusCode).toBe(200);

    await publish(order.approved);
    const approved = await stream.waitFor((e) => entryOf(e.data).status === 'APPROVED');
    expect(Number(approved.id)).toBeGreaterThan(Number(created.id));
    expect(entryOf(approved.data)).toMatchObject({ id: order.orderId, consumerId: order.consumerId, courierId: null });
  });

  it('sends what changed while the connection was down when the client comes back with Last-Event-ID', async () => {
    const order = anOrdersEvents();
    const first = await listen(`consumerId=${order.consumerId}`);
    await publish(order.created);
    const seen = await first.waitFor(() => true);
    first.drop();
    await first.ended;

    // Missed: approval and scheduling, then one more order of the same customer.
    const another = anOrdersEvents({ consumerId: order.consumerId });
    await publish(order.approved, order.scheduled, another.created);
    await viewed(order.orderId, (e) => e.deliveryId !== null);
    await viewed(another.orderId, () => true);

    const back = await listen(`consumerId=${order.consumerId}`, { 'last-event-id': seen.id! });
    await back.waitFor((e) => entryOf(e.data).id === another.orderId);
    await back.waitFor((e) => entryOf(e.data).id === order.orderId);
    // Each order once, as it is now (in the order of their last change); nothing the client had already seen.
    const missed = back.events.map((e) => entryOf(e.data));
    expect(missed.map((e) => [e.id, e.status, e.deliveryId]).sort()).toEqual(
      [
        [order.orderId, 'APPROVED', order.scheduled.payload.deliveryId],
        [another.orderId, 'PENDING', null],
      ].sort(),
    );
    const ids = back.events.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(ids.every((id) => id > Number(seen.id))).toBe(true);

    // And then it goes on live.
    await publish(order.cancelled);
    await back.waitFor((e) => entryOf(e.data).status === 'CANCELLED');
  });

  it('numbers the changes of orders that arrive together one by one, live and caught up alike', async () => {
    const consumerId = crypto.randomUUID();
    const orders = Array.from({ length: 12 }, () => anOrdersEvents({ consumerId }));
    const live = await listen(`consumerId=${consumerId}`);
    // All at once: the consumer takes them into the view in groups, one transaction each.
    await Promise.all(orders.map((order) => history.broker.publish(order.created)));
    for (const order of orders) await live.waitFor((e) => entryOf(e.data).id === order.orderId);

    const told = live.events.map((e) => ({ seq: Number(e.id), orderId: entryOf(e.data).id }));
    expect(told.map((change) => change.orderId).sort()).toEqual(orders.map((order) => order.orderId).sort());
    expect(told.map((change) => change.seq)).toEqual([...new Set(told.map((change) => change.seq))].sort((a, b) => a - b));

    // A client that saw the first half is sent exactly the other half, under the numbers told live.
    const half = told[5]!;
    const back = await listen(`consumerId=${consumerId}`, { 'last-event-id': String(half.seq) });
    for (const change of told.slice(6)) await back.waitFor((e) => entryOf(e.data).id === change.orderId);
    expect(back.events.map((e) => ({ seq: Number(e.id), orderId: entryOf(e.data).id }))).toEqual(told.slice(6));
  });

  it('takes ?after= like Last-Event-ID', async () => {
    const order = anOrdersEvents();
    await publish(order.created);
    await viewed(order.orderId, () => true);
    const stream = await listen(`consumerId=${order.consumerId}&after=0`);
    expect(entryOf((await stream.waitFor(() => true)).data).id).toBe(order.orderId);
  });

  it('never sends one consumer or restaurant another’s orders, live or caught up', async () => {
    const mine = anOrdersEvents();
    const theirs = anOrdersEvents();
    const byConsumer = await listen(`consumerId=${mine.consumerId}`);
    const byRestaurant = await listen(`restaurantId=${mine.created.payload.restaurantId}`);
    await publish(theirs.created, theirs.approved);
    await viewed(theirs.orderId, (e) => e.status === 'APPROVED');
    await publish(mine.created);
    await byConsumer.waitFor((e) => entryOf(e.data).id === mine.orderId);
    await byRestaurant.waitFor((e) => entryOf(e.data).id === mine.orderId);
    const catchingUp = await listen(`consumerId=${mine.consumerId}`, { 'last-event-id': '0' });
    await catchingUp.waitFor((e) => entryOf(e.data).id === mine.orderId);

    for (const stream of [byConsumer, byRestaurant, catchingUp]) {
      expect(stream.events.map((e) => entryOf(e.data).id)).toEqual([mine.orderId]);
    }
  });

  it('offers couriers an approved order nobody took, and tells them when a courier takes it', async () => {
    const order = anOrdersEvents();
    const courierId = crypto.randomUUID();
    const offered = await listen('offered=true');
    const courier = await listen(`courierId=${courierId}`);
    await publish(order.created);
    await viewed(order.orderId, () => true);
    await publish(order.approved, order.scheduled);
    await offered.waitFor((e) => entryOf(e.data).id === order.orderId && entryOf(e.data).deliveryId !== null);
    // A pending order is not on offer.
    expect(offered.events.map((e) => entryOf(e.data)).filter((e) => e.id === order.orderId && e.status === 'PENDING')).toEqual([]);

    await publish(courierAssigned(order, courierId));
    const taken = await offered.waitFor((e) => entryOf(e.data).courierId === courierId);
    expect(entryOf(taken.data).id).toBe(order.orderId);
    expect(entryOf((await courier.waitFor(() => true)).data)).toMatchObject({ id: order.orderId, courierId, status: 'APPROVED' });

    // Once taken, its further changes are the courier's, not everyone's.
    await publish(order.cancelled);
    await courier.waitFor((e) => entryOf(e.data).status === 'CANCELLED');
    await viewed(order.orderId, (e) => e.status === 'CANCELLED');
    expect(offered.events.some((e) => entryOf(e.data).status === 'CANCELLED' && entryOf(e.data).id === order.orderId)).toBe(false);
  });

  it.runIf(database === 'postgres')('tells a client of one instance what another instance committed, within a second or so', async () => {
    const other = history.anotherInstance();
    await other.service.start();
    const otherUrl = await other.service.app.listen({ port: 0, host: '127.0.0.1' });
    const order = anOrdersEvents();
    const stream = await listenToEventStream(`${otherUrl}/changes?consumerId=${order.consumerId}`);
    streams.push(stream);
    // Applied by the first instance only: the other's broker never sees it.
    await publish(order.created);
    const told = await stream.waitFor(() => true, 3_000);
    expect(entryOf(told.data)).toMatchObject({ id: order.orderId, status: 'PENDING' });
  });

  it('refuses a stream of everything, naming the filters', async () => {
    const response = await history.service.app.inject({ url: '/changes' });
    expect(response.statusCode).toBe(400);
    expect(problem.parse(response.json()).message).toMatch(/consumerId, restaurantId, courierId, offered/);
  });
});
