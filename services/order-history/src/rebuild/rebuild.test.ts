import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumerQueueTypes, createMessage, type Message } from '@tiffin/messages';
import { orderHistoryPage, rebuildStatus, type RebuildStatus } from '@tiffin/contracts';
import { asOperator } from '@tiffin/http-kit/testing';
import { eventually, publishedMessages } from '@tiffin/service-kit/testing';
import { historyDatabases, historyUnderTest, type HistoryUnderTest } from '../testing/history-under-test';
import { anOrdersEvents } from '../testing/order-events';

describe.each(historyDatabases)('rebuilding the order-history view (%s)', (database) => {
  let history: HistoryUnderTest;
  let replayRequests: Message<'ReplayEvents'>[];

  beforeAll(async () => {
    history = await historyUnderTest(database);
    replayRequests = await publishedMessages(history.broker, ['ReplayEvents']);
    await history.service.start();
  });
  afterAll(() => history.dispose());

  const inject = (method: 'GET' | 'POST', url: string) => history.service.app.inject({ method, url, headers: asOperator() });
  const ordersOf = async (consumerId: string) => orderHistoryPage.parse((await inject('GET', `/orders?consumerId=${consumerId}`)).json()).orders;
  const statusOf = async (rebuildId: string) => rebuildStatus.parse((await inject('GET', `/admin/rebuilds/${rebuildId}`)).json());
  const replayed = (rebuildId: string, owner: string, event: Message) =>
    createMessage('ReplayedEvent', owner, { rebuildId, requester: 'order-history', owner, event: { ...event } });
  const finished = (rebuildId: string, owner: string, events: number) =>
    createMessage('EventReplayFinished', owner, { rebuildId, requester: 'order-history', owner, events });

  async function rebuild(): Promise<RebuildStatus> {
    const response = await inject('POST', '/admin/rebuild');
    expect(response.statusCode).toBe(202);
    return rebuildStatus.parse(response.json());
  }

  it('asks for its first replay by itself on the first start, for what was published before it existed', async () => {
    const [first] = await eventually('a replay request', () => (replayRequests.length > 0 ? replayRequests : undefined));
    expect(first!.payload).toMatchObject({
      requester: 'order-history',
      // Every event its live queue takes: what it projects is what it must replay.
      types: [...consumerQueueTypes['order-history.events']],
    });
  });

  it('drops the view, asks every owner for its log, and is complete once each owner’s replay is applied', async () => {
    const order = anOrdersEvents();
    for (const event of [order.created, order.approved, order.scheduled]) await history.broker.publish(event);
    await eventually('the live view', async () => ((await ordersOf(order.consumerId))[0]?.deliveryId ? true : undefined));
    const live = await ordersOf(order.consumerId);

    const started = await rebuild();
    expect(started).toMatchObject({
      state: 'replaying',
      completedAt: null,
      owners: [
        { owner: 'accounting', replayed: null, applied: 0 },
        { owner: 'delivery', replayed: null, applied: 0 },
        { owner: 'kitchen', replayed: null, applied: 0 },
        { owner: 'order', replayed: null, applied: 0 },
      ],
    });
    expect(await ordersOf(order.consumerId)).toEqual([]);
    const request = await eventually('the replay request', () => replayRequests.find((m) => m.payload.rebuildId === started.rebuildId));
    expect(request.payload.requester).toBe('order-history');

    const { rebuildId } = started;
    // The delivery says it is done before its event is applied: the rebuild waits for the event.
    await history.broker.publish(finished(rebuildId, 'delivery', 1));
    await history.broker.publish(finished(rebuildId, 'kitchen', 0));
    await history.broker.publish(finished(rebuildId, 'accounting', 0));
    await history.broker.publish(replayed(rebuildId, 'order', order.approved));
    await history.broker.publish(replayed(rebuildId, 'order', order.created));
    await history.broker.publish(finished(rebuildId, 'order', 2));
    await eventually('the order replayed', async () => ((await ordersOf(order.consumerId)).length === 1 ? true : undefined));
    expect((await statusOf(rebuildId)).state).toBe('replaying');

    await history.broker.publish(replayed(rebuildId, 'delivery', order.scheduled));
    const done = await eventually('the rebuild to complete', async () => {
      const status = await statusOf(rebuildId);
      return status.state === 'complete' ? status : undefined;
    });
    expect(done.owners).toEqual([
      { owner: 'accounting', replayed: 0, applied: 0 },
      { owner: 'delivery', replayed: 1, applied: 1 },
      { owner: 'kitchen', replayed: 0, applied: 0 },
      { owner: 'order', replayed: 2, applied: 2 },
    ]);
    expect(done.completedAt).not.toBeNull();
    expect(await ordersOf(order.consumerId)).toEqual(live);
  });

  it('counts a redelivered replay once', async () => {
    const order = anOrdersEvents();
    const { rebuildId } = await rebuild();
    const copy = replayed(rebuildId, 'order', order.created);
    await history.broker.publish(copy);
    await history.broker.publish(copy);
    await history.broker.publish(finished(rebuildId, 'order', 1));
    await history.broker.publish(finished(rebuildId, 'delivery', 0));
    await history.broker.publish(finished(rebuildId, 'kitchen', 0));
    await history.broker.publish(finished(rebuildId, 'accounting', 0));
    const done = await eventually('the rebuild to complete', async () => {
      const status = await statusOf(rebuildId);
      return status.state === 'complete' ? status : undefined;
    });
    expect(done.owners.find((o) => o.owner === 'order')).toEqual({ owner: 'order', replayed: 1, applied: 1 });
  });

  it('keeps taking live events during a rebuild, and takes the replayed copy of one once', async () => {
    const order = anOrdersEvents();
    const { rebuildId } = await rebuild();
    await history.broker.publish(order.created);
    await history.broker.publish(order.approved);
    await eventually('the live order', async () => ((await ordersOf(order.consumerId))[0]?.status === 'APPROVED' ? true : undefined));
    await history.broker.publish(replayed(rebuildId, 'order', order.created));
    await history.broker.publish(replayed(rebuildId, 'order', order.approved));
    await history.broker.publish(finished(rebuildId, 'order', 2));
    await history.broker.publish(finished(rebuildId, 'delivery', 0));
    await history.broker.publish(finished(rebuildId, 'kitchen', 0));
    await history.broker.publish(finished(rebuildId, 'accounting', 0));
    await eventually('the rebuild to complete', async () => ((await statusOf(rebuildId)).state === 'complete' ? true : undefined));
    const [entry] = await ordersOf(order.consumerId);
    expect(entry?.events.map((e) => e.type)).toEqual(['OrderCreated', 'OrderApproved']);
  });

  it('ignores what is still replayed for a rebuild a newer one replaced', async () => {
    const older = await rebuild();
    const newer = await rebuild();
    const order = anOrdersEvents();
    await history.broker.publish(replayed(older.rebuildId, 'order', order.created));
    const marker = anOrdersEvents();
    await history.broker.publish(replayed(newer.rebuildId, 'order', marker.created));
    await eventually('the newer rebuild’s event', async () => ((await ordersOf(marker.consumerId)).length === 1 ? true : undefined));
    expect(await ordersOf(order.consumerId)).toEqual([]);
    expect((await statusOf(older.rebuildId)).owners.find((o) => o.owner === 'order')?.applied).toBe(0);
  });

  it('answers 404 naming a rebuild it does not know, 400 for a malformed id', async () => {
    const unknown = crypto.randomUUID();
    const missing = await inject('GET', `/admin/rebuilds/${unknown}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toBe(`rebuild ${unknown} does not exist`);
    const malformed = await inject('GET', '/admin/rebuilds/latest');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().message).toMatch(/params\.rebuildId/);
  });
});
