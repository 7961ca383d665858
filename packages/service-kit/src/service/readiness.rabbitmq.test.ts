import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRabbitMqBroker, consumerQueues, type Broker } from '@tiffin/broker';
import { hostAndPort, startFaultProxy, throughProxy, type FaultProxy } from '@tiffin/fault-proxy';
import { createLogger } from '@tiffin/http-kit';
import { databaseUrlVar } from '@tiffin/topology';
import { notesSchema } from '../test-fixtures/notes-table';
import { testAmqpUrl, useRabbitMqExchange } from '../test-fixtures/rabbitmq-exchange';
import { freshPostgresDatabases } from '../testing/postgres-databases';
import { defineService, type Service } from './define-service';

const rabbit = useRabbitMqExchange();
const consumer = rabbit.consumer('notes');
const quiet = createLogger('catalog', { TIFFIN_LOG_LEVEL: 'silent' });

let databases: Awaited<ReturnType<typeof freshPostgresDatabases>>;
let brokerProxy: FaultProxy;
let databaseProxy: FaultProxy;
let broker: Broker;
let service: Service<typeof notesSchema>;

/** A service of the kit's own making: a database through one proxy, RabbitMQ through another. */
beforeAll(async () => {
  databases = await freshPostgresDatabases(['catalog']);
  const databaseUrl = databases.env[databaseUrlVar('catalog')]!;
  databaseProxy = await startFaultProxy(hostAndPort(databaseUrl, 5432));
  brokerProxy = await startFaultProxy(hostAndPort(testAmqpUrl));
  broker = await createRabbitMqBroker({
    url: throughProxy(testAmqpUrl, brokerProxy),
    exchange: rabbit.exchange,
    logger: quiet,
    reconnectBackoff: { initialMs: 20, maxMs: 200 },
  });
  const createNotesService = defineService({
    name: 'catalog',
    schema: notesSchema,
    migrationsFolder: fileURLToPath(new URL('../test-fixtures/migrations', import.meta.url)),
    routes: [],
    subscriptions: [() => ({ consumer, types: ['OrderDetailsValidated'], handle: async () => {} })],
  });
  const env = { [databaseUrlVar('catalog')]: throughProxy(databaseUrl, databaseProxy), TIFFIN_LOG_LEVEL: 'silent' };
  service = createNotesService({ env, broker, logger: quiet });
  await service.start();
});

afterAll(async () => {
  await broker?.close();
  await service?.stop();
  await brokerProxy?.close();
  await databaseProxy?.close();
  await databases?.drop();
});

async function health(): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await service.app.inject({ url: '/health' });
  return { status: response.statusCode, body: response.json() };
}

const ready = {
  status: 200,
  body: { status: 'ok', service: 'catalog', database: 'up', broker: 'connected', consumers: { [consumer]: 'consuming' } },
};

describe('GET /health of a service', () => {
  it('answers 200 when its database answers, the broker is connected and its consumers consume', async () => {
    expect(await health()).toEqual(ready);
  });

  it('answers 503 naming the broker while the RabbitMQ connection is down, and 200 once it is back', async () => {
    brokerProxy.refuse();
    brokerProxy.dropConnections();
    await vi.waitFor(async () =>
      expect(await health()).toEqual({
        status: 503,
        body: { status: 'unavailable', service: 'catalog', database: 'up', broker: 'disconnected', consumers: { [consumer]: 'not consuming' } },
      }),
    );
    brokerProxy.accept();
    await vi.waitFor(async () => expect(await health()).toEqual(ready), { timeout: 5000 });
  });

  it('answers 503 naming the database while it cannot be reached, and 200 once it is back', async () => {
    databaseProxy.refuse();
    databaseProxy.dropConnections();
    await vi.waitFor(async () => expect(await health()).toMatchObject({ status: 503, body: { database: 'down', broker: 'connected' } }));
    databaseProxy.accept();
    await vi.waitFor(async () => expect(await health()).toEqual(ready), { timeout: 5000 });
  });

  it('answers 503 naming the consumer whose queue was deleted and cannot be declared again', async () => {
    const admin = await rabbit.adminChannel();
    // Without its exchange the queue can be declared but not bound, so the consumer cannot come back.
    await admin.deleteExchange(rabbit.exchange);
    await admin.deleteQueue(consumerQueues(rabbit.exchange, consumer).work);
    await vi.waitFor(async () =>
      expect(await health()).toMatchObject({ status: 503, body: { broker: 'connected', consumers: { [consumer]: 'not consuming' } } }),
    );
    await admin.assertExchange(rabbit.exchange, 'topic', { durable: true });
    await admin.close();
    await vi.waitFor(async () => expect(await health()).toEqual(ready), { timeout: 5000 });
  });
});
