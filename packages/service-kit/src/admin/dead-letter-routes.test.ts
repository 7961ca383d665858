import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedBroker, createRabbitMqBroker, type Broker } from '@tiffin/broker';
import { consumerDeadLetters, deadLetterDetail, serviceDeadLetters } from '@tiffin/contracts';
import { type Message } from '@tiffin/messages';
import { createLogger } from '@tiffin/http-kit';
import { asOperator, testIdentitySecret } from '@tiffin/http-kit/testing';
import { handleOnce, handledBefore } from '../inbox/handle-once';
import { defineService, type Service } from '../service/define-service';
import { sampleMessage } from '../test-fixtures/messages';
import { notes, notesSchema } from '../test-fixtures/notes-table';
import { testAmqpUrl, useRabbitMqExchange } from '../test-fixtures/rabbitmq-exchange';
import { pgliteBackend, type TestDatabase } from '../test-fixtures/test-databases';
import { testedBackends } from '../testing/tested-backends';

const exchange = useRabbitMqExchange();
const kitchen = exchange.consumer('kitchen');
/** Orders the kitchen cannot handle until the test says so. */
const poisoned = new Set<string>();
const quiet = { info() {}, warn() {}, error() {} };

/** A service whose consumer writes a note per message, at most once, and fails for poisoned orders. */
const createKitchenService = defineService({
  name: 'catalog',
  schema: notesSchema,
  migrationsFolder: fileURLToPath(new URL('../test-fixtures/migrations', import.meta.url)),
  routes: [],
  subscriptions: [
    (context) => ({
      consumer: kitchen,
      types: ['OrderDetailsValidated'],
      maxAttempts: 1,
      handle: (message: Message<'OrderDetailsValidated'>) =>
        handleOnce(context.db, kitchen, message, async (tx) => {
          await tx.insert(notes).values({ body: message.payload.orderId });
          if (poisoned.has(message.payload.orderId)) throw new Error('no chef for this order');
        }),
    }),
  ],
});

const brokers = testedBackends<{ name: string; create: () => Promise<Broker> }>(
  { name: 'the in-process broker', create: async () => createEmbeddedBroker({ logger: quiet, retryDelayMs: 1 }) },
  { name: 'RabbitMQ', create: () => createRabbitMqBroker({ url: testAmqpUrl, exchange: exchange.exchange, logger: quiet, retryDelayMs: 10 }) },
);

describe.each(brokers)('dead letters over HTTP, on every service, with $name', ({ create }) => {
  let broker: Broker;
  let target: TestDatabase;
  let service: Service<typeof notesSchema>;

  beforeAll(async () => {
    broker = await create();
    target = await pgliteBackend.create();
    service = createKitchenService({ env: { ...target.env, TIFFIN_IDENTITY_SECRET: testIdentitySecret }, broker, logger: createLogger('catalog', { TIFFIN_LOG_LEVEL: 'silent' }) });
    await service.start();
  });
  afterAll(async () => {
    await broker.close();
    await service.stop();
    await target.remove();
  });

  const call = (method: 'GET' | 'POST' | 'DELETE', url: string) => service.app.inject({ method, url, headers: asOperator() });
  const notesOf = async (orderId: string) => (await service.db.select().from(notes)).filter((note) => note.body === orderId);

  /** Publishes a poisoned message (more than once: a duplicate delivery) and waits until each copy is dead. */
  async function deadLetter(copies = 1): Promise<{ message: Message<'OrderDetailsValidated'>; ids: string[] }> {
    const message = sampleMessage() as Message<'OrderDetailsValidated'>;
    poisoned.add(message.payload.orderId);
    const before = (await broker.listDeadLetters(kitchen)).count;
    for (let i = 0; i < copies; i++) await broker.publish(message);
    await expect.poll(async () => (await broker.listDeadLetters(kitchen)).count, { timeout: 5000 }).toBe(before + copies);
    const { letters } = await broker.listDeadLetters(kitchen, { limit: 1000 });
    return { message, ids: letters.filter((letter) => letter.messageId === message.id).map((letter) => letter.id) };
  }

  it('GET /admin/dead-letters lists each consumer of the service with its count and letters, oldest first', async () => {
    const [first, second] = [await deadLetter(), await deadLetter()];
    const response = await call('GET', '/admin/dead-letters?limit=1000');
    expect(response.statusCode).toBe(200);
    const body = serviceDeadLetters.parse(response.json());
    expect(body.service).toBe('catalog');
    expect(body.consumers.map((consumer) => consumer.consumer)).toEqual([kitchen]);
    const letters = body.consumers[0]!.letters;
    expect(body.consumers[0]!.count).toBe(letters.length);
    expect(letters.slice(-2)).toEqual([
      { id: first.ids[0], messageId: first.message.id, type: 'OrderDetailsValidated', reason: 'handler-failed', attempts: 1, error: 'no chef for this order', deadAt: expect.any(String) },
      expect.objectContaining({ id: second.ids[0], messageId: second.message.id }),
    ]);

    const one = await call('GET', `/admin/dead-letters/${kitchen}?limit=1`);
    expect(one.statusCode).toBe(200);
    expect(consumerDeadLetters.parse(one.json())).toMatchObject({ consumer: kitchen, count: letters.length, letters: [letters[0]] });
  });

  it('answers 400 naming the limit when it is not a whole number from 1 to 1000', async () => {
    for (const limit of ['0', '1001', 'lots']) {
      const response = await call('GET', `/admin/dead-letters?limit=${limit}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toMatch(/^querystring\.limit: /);
    }
  });

  it('GET /admin/dead-letters/:consumer/:id shows the whole message; 404 for an unknown letter or a consumer of another service', async () => {
    const { message, ids } = await deadLetter();
    const response = await call('GET', `/admin/dead-letters/${kitchen}/${ids[0]}`);
    expect(response.statusCode).toBe(200);
    const detail = deadLetterDetail.parse(response.json());
    expect(detail.message).toEqual(message);
    expect(JSON.parse(detail.body)).toEqual(message);

    const unknown = await call('GET', `/admin/dead-letters/${kitchen}/no-such-letter`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toBe(`consumer ${kitchen} has no dead letter no-such-letter`);
    const foreign = await call('GET', `/admin/dead-letters/order.menu-replica/${ids[0]}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().message).toBe(`consumer order.menu-replica is not one of the catalog service's consumers (${kitchen})`);
  });

  it('POST …/replay hands a letter back to its consumer; the inbox lets a message that died twice take effect once', async () => {
    const { message, ids } = await deadLetter(2);
    expect(ids).toHaveLength(2);
    poisoned.delete(message.payload.orderId);

    for (const id of ids) {
      const response = await call('POST', `/admin/dead-letters/${kitchen}/${id}/replay`);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ consumer: kitchen, id, replayed: true });
    }

    await expect.poll(() => notesOf(message.payload.orderId), { timeout: 5000 }).toHaveLength(1);
    await expect.poll(async () => (await broker.listDeadLetters(kitchen, { limit: 1000 })).letters.some((l) => ids.includes(l.id))).toBe(false);
    // A marker about the same order, published after the replays: the consumer handles one order's
    // messages in the order they arrived, so once the marker is handled both copies have been too.
    const marker = sampleMessage(message.payload.orderId);
    await broker.publish(marker);
    await expect.poll(() => handledBefore(service.db, kitchen, marker.id), { timeout: 5000 }).toBe(true);
    // One note for the message that died twice, one for the marker.
    expect(await notesOf(message.payload.orderId)).toHaveLength(2);
    const again = await call('POST', `/admin/dead-letters/${kitchen}/${ids[0]}/replay`);
    expect(again.statusCode).toBe(404);
  });

  it('replays 100 letters, and each takes effect exactly once', async () => {
    const messages = Array.from({ length: 100 }, () => sampleMessage() as Message<'OrderDetailsValidated'>);
    for (const message of messages) poisoned.add(message.payload.orderId);
    const before = (await broker.listDeadLetters(kitchen)).count;
    for (const message of messages) await broker.publish(message);
    await expect.poll(async () => (await broker.listDeadLetters(kitchen)).count, { timeout: 20_000 }).toBe(before + messages.length);
    const { letters } = await broker.listDeadLetters(kitchen, { limit: 1000 });
    const ours = letters.filter((letter) => messages.some((message) => message.id === letter.messageId));
    expect(ours).toHaveLength(100);
    for (const message of messages) poisoned.delete(message.payload.orderId);

    for (const letter of ours) expect((await call('POST', `/admin/dead-letters/${kitchen}/${letter.id}/replay`)).statusCode).toBe(200);

    // A marker per order after its replay: once every marker is handled, every replayed copy has been
    // too, so exactly two notes per order (the replay's and the marker's) leave no room for a second.
    const markers = messages.map((message) => sampleMessage(message.payload.orderId));
    for (const marker of markers) await broker.publish(marker);
    for (const marker of markers) await expect.poll(() => handledBefore(service.db, kitchen, marker.id), { timeout: 20_000 }).toBe(true);
    // (The poisoned first attempt's note rolled back with its transaction.)
    const counts = await Promise.all(messages.map(async (message) => (await notesOf(message.payload.orderId)).length));
    expect(new Set(counts)).toEqual(new Set([2]));
  }, 60_000);

  it('DELETE …/:id discards a letter for good: 204, then 404, and its message is never handled', async () => {
    const { message, ids } = await deadLetter();
    poisoned.delete(message.payload.orderId);

    const response = await call('DELETE', `/admin/dead-letters/${kitchen}/${ids[0]}`);
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
    expect((await call('GET', `/admin/dead-letters/${kitchen}/${ids[0]}`)).statusCode).toBe(404);
    expect((await call('DELETE', `/admin/dead-letters/${kitchen}/${ids[0]}`)).statusCode).toBe(404);
    expect(await notesOf(message.payload.orderId)).toEqual([]);
  });

  // Last: it closes the broker the other tests use.
  it('answers 503 while the broker is not connected, saying so', async () => {
    await broker.close();
    const response = await call('GET', '/admin/dead-letters');
    expect(response.statusCode).toBe(503);
    expect(response.json().message).toBe('the broker is not connected; dead letters cannot be read now');
  });
});
