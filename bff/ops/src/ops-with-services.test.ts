import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrderRequest, deadLetterDetail, guestCustomer, orderAccepted, sagaDetail, sagaList, type CreateOrderRequest } from '@tiffin/contracts';
import { auditEntry, auditList, type AuditEntry } from '@tiffin/contracts/audit';
import { opsDeadLetters, opsOverview } from '@tiffin/contracts/ops-bff';
import { createMessage, type Message } from '@tiffin/messages';
import type { HttpApp } from '@tiffin/http-kit';
import { asOperator, memoryLogger, testIdentitySecret } from '@tiffin/http-kit/testing';
import { eventually, publishedMessages } from '@tiffin/service-kit/testing';
import { startBackend } from '@tiffin/system-test';
import { serviceNames } from '@tiffin/topology';
import { buildApp } from './app';

// Every service but the consumer service: each order's create-order saga waits for it, stuck, as it
// would with the consumer service stopped; the test brings it back when it wants the saga to finish.
const running = serviceNames.filter((name) => name !== 'consumer');

describe('ops BFF over the real services', () => {
  let backend: Awaited<ReturnType<typeof startBackend<(typeof running)[number]>>>;
  let app: HttpApp;
  let validations: Message<'ValidateConsumer'>[];

  beforeAll(async () => {
    backend = await startBackend(running);
    validations = await publishedMessages(backend.broker, ['ValidateConsumer']);
    const env = Object.fromEntries(running.map((name) => [`TIFFIN_${name.toUpperCase().replaceAll('-', '_')}_SERVICE_URL`, backend.urls[name]]));
    app = buildApp({ identitySecret: testIdentitySecret, env, logger: memoryLogger().logger });
  }, 150_000);
  afterAll(async () => {
    await app?.close();
    await backend?.stop();
  });

  const ops = (method: 'GET' | 'POST', url: string, options: { key?: string; payload?: object } = {}) =>
    app.inject({ method, url, headers: { ...asOperator(), ...(options.key ? { 'idempotency-key': options.key } : {}) }, ...(options.payload ? { payload: options.payload } : {}) });

  async function placeOrder(): Promise<string> {
    const bombay = 'b686c77f-79ac-460e-94fb-2bb19b8ed16d';
    const menu = (await (await fetch(`${backend.urls.catalog}/restaurants/${bombay}`)).json()) as { menu: { id: string }[] };
    const body: CreateOrderRequest = createOrderRequest.parse({
      consumerId: guestCustomer.consumerId,
      cardId: guestCustomer.cards.everyday,
      restaurantId: bombay,
      deliveryAddress: '77 Hudson St, Jersey City, NJ 07302',
      lines: [{ menuItemId: menu.menu[0]!.id, quantity: 1 }],
    });
    const response = await fetch(`${backend.urls.order}/orders`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() }, body: JSON.stringify(body) });
    return orderAccepted.parse(await response.json()).orderId;
  }
  const checksOf = (orderId: string) => validations.filter((command) => command.payload.orderId === orderId).length;

  it('shows each service up, and the one that is stopped down', async () => {
    const { parts } = opsOverview.parse((await ops('GET', '/overview')).json());
    expect(parts.filter((part) => part.up).map((part) => part.name).sort()).toEqual([...running].sort());
    expect(parts.find((part) => part.name === 'consumer')).toMatchObject({ up: false, problem: expect.stringMatching(/^did not answer/) });
  });

  it('finds a stuck order’s saga by its order, retries it once per key, and it finishes once the participant is back', async () => {
    const orderId = await placeOrder();
    // The catalog answers at once; the saga then waits for the consumer service alone.
    const found = await eventually('the saga waiting for the consumer service', async () => {
      const [saga] = sagaList.parse((await ops('GET', `/sagas?orderId=${orderId}`)).json()).sagas;
      return saga?.awaiting.join() === 'consumer' ? saga : undefined;
    });
    expect(found).toMatchObject({ id: orderId, state: 'running' });
    await eventually('the first check', () => (checksOf(orderId) === 1 ? true : undefined));

    const key = crypto.randomUUID();
    const retried = auditEntry.parse((await ops('POST', `/sagas/${orderId}/retry`, { key })).json());
    expect(retried).toMatchObject({ action: 'retry-saga', target: `saga ${orderId}`, outcome: 'done', actor: { displayName: 'Test operator' } });
    const again = auditEntry.parse((await ops('POST', `/sagas/${orderId}/retry`, { key })).json());
    expect(again).toEqual(retried);
    await eventually('the check sent again', () => (checksOf(orderId) === 2 ? true : undefined));
    // A marker: a retry with a new key sends a third copy; had the repeated key sent one, this would be the fourth.
    await ops('POST', `/sagas/${orderId}/retry`, { key: crypto.randomUUID() });
    await eventually('the marker check', () => (checksOf(orderId) >= 3 ? true : undefined));
    expect(checksOf(orderId)).toBe(3);

    await backend.startLater('consumer');
    await eventually('the saga to succeed', async () => {
      const detail = sagaDetail.parse((await ops('GET', `/sagas/${orderId}`)).json());
      return detail.state === 'succeeded' ? detail : undefined;
    }, 30_000);
  }, 60_000);

  it('abandons a saga with the operator’s reason, and writes who did it and how it ended to the audit log', async () => {
    const orderId = await placeOrder();
    const key = crypto.randomUUID();
    const abandoned = auditEntry.parse((await ops('POST', `/sagas/${orderId}/abandon`, { key, payload: { reason: 'Your account could not be checked' } })).json());
    expect(abandoned).toMatchObject({ action: 'abandon-saga', detail: 'Your account could not be checked', outcome: 'done' });
    const refused = await ops('POST', `/sagas/${orderId}/abandon`, { key: crypto.randomUUID(), payload: { reason: 'again' } });
    expect(refused.statusCode).toBe(409);
    const { entries } = auditList.parse((await ops('GET', '/audit?limit=200')).json());
    const mine = entries.filter((entry: AuditEntry) => entry.target === `saga ${orderId}`);
    expect(mine.map((entry) => [entry.action, entry.outcome])).toEqual([
      ['abandon-saga', 'failed'],
      ['abandon-saga', 'done'],
    ]);
    expect(mine[0]!.outcomeDetail).toBe(`saga ${orderId} is compensated: there is nothing to abandon`);
  });

  it('lists every service’s dead letters, shows one as text, replays and discards a selection in one action each', async () => {
    // Broken on the way: the kitchen cannot read these commands, so each is a dead letter at once.
    const poison = Array.from({ length: 10 }, () => ({ ...createMessage('CancelTicket', 'order', { orderId: crypto.randomUUID(), restaurantId: crypto.randomUUID() }), payload: { orderId: '<script>alert(1)</script>' } }));
    for (const message of poison) await backend.broker.publish(message as unknown as Message);
    const listed = await eventually('ten dead letters', async () => {
      const letters = opsDeadLetters.parse((await ops('GET', '/dead-letters?service=kitchen&type=CancelTicket')).json()).letters.filter((letter) => poison.some((m) => m.id === letter.messageId));
      return letters.length === 10 ? letters : undefined;
    });
    expect(listed[0]).toMatchObject({ service: 'kitchen', consumer: 'kitchen.tickets', reason: 'malformed' });
    const detail = deadLetterDetail.parse((await ops('GET', `/dead-letters/kitchen/kitchen.tickets/${listed[0]!.id}`)).json());
    expect(detail.body).toContain('<script>alert(1)</script>');

    const letters = listed.map(({ service, consumer, id }) => ({ service, consumer, id }));
    const replayed = auditEntry.parse((await ops('POST', '/dead-letters/replay', { key: crypto.randomUUID(), payload: { letters } })).json());
    expect(replayed).toMatchObject({ action: 'replay-dead-letters', outcome: 'done', outcomeDetail: 'replayed 10 of 10' });
    // Still unreadable, each comes back as a dead letter of its own, once.
    const back = await eventually('the replayed letters dead again', async () => {
      const again = opsDeadLetters.parse((await ops('GET', '/dead-letters?service=kitchen')).json()).letters.filter((letter) => poison.some((m) => m.id === letter.messageId));
      return again.length === 10 && again.every((letter) => !letters.some((old) => old.id === letter.id)) ? again : undefined;
    });
    const discarded = auditEntry.parse(
      (await ops('POST', '/dead-letters/discard', { key: crypto.randomUUID(), payload: { letters: back.map(({ service, consumer, id }) => ({ service, consumer, id })), reason: 'unreadable test commands' } })).json(),
    );
    expect(discarded).toMatchObject({ action: 'discard-dead-letters', detail: 'unreadable test commands', outcomeDetail: 'discarded 10 of 10' });
    const gone = auditEntry.parse((await ops('POST', '/dead-letters/replay', { key: crypto.randomUUID(), payload: { letters: [{ ...letters[0]! }] } })).json());
    expect(gone.outcomeDetail).toBe('replayed 0 of 1 (1 no longer there)');
  });
});
