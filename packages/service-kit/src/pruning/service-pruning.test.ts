import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createMessage } from '@tiffin/messages';
import { createEmbeddedBroker } from '@tiffin/broker';
import { createLogger } from '@tiffin/http-kit';
import { defineService } from '../service/define-service';
import { backends } from '../test-fixtures/test-databases';
import { sampleMessage } from '../test-fixtures/messages';
import { recordingLogger } from '../test-fixtures/recording-logger';
import { notesSchema } from '../test-fixtures/notes-table';
import { outbox } from '../outbox/outbox-table';
import { receivedMessages } from '../inbox/received-messages-table';

const createNotesService = defineService({
  name: 'catalog',
  schema: notesSchema,
  migrationsFolder: fileURLToPath(new URL('../test-fixtures/migrations', import.meta.url)),
  routes: [],
  subscriptions: [],
});

const hourMs = 3_600_000;

/** The same notes service under the name of an owner of an event log (eventLogs in @tiffin/messages). */
const createNotesServiceNamedOrder = defineService({
  name: 'order',
  schema: notesSchema,
  migrationsFolder: fileURLToPath(new URL('../test-fixtures/migrations', import.meta.url)),
  routes: [],
  subscriptions: [],
});

describe.each(backends)('a service on $name', (backend) => {
  it('prunes its expired outbox and dedup rows by itself, with the windows from its configuration', async () => {
    const target = await backend.create();
    const env = { ...target.env, TIFFIN_OUTBOX_RETENTION_HOURS: '2', TIFFIN_DEDUP_RETENTION_HOURS: '3', TIFFIN_PRUNE_INTERVAL_SECONDS: '0.05' };
    const broker = createEmbeddedBroker({ logger: recordingLogger().logger });
    const service = createNotesService({ env, broker, logger: createLogger('catalog', { TIFFIN_LOG_LEVEL: 'silent' }) });
    try {
      await service.start();
      const [expired, kept] = [sampleMessage(), sampleMessage()];
      for (const [message, hoursAgo] of [[expired, 2.5], [kept, 1.5]] as const) {
        const at = new Date(Date.now() - hoursAgo * hourMs);
        await service.db.insert(outbox).values({ id: message.id, type: message.type, payload: message, state: 'published', publishedAt: at });
        await service.db.insert(receivedMessages).values({ consumer: 'kit-test.notes', messageId: message.id, receivedAt: new Date(at.getTime() - hourMs) });
      }

      await expect.poll(async () => (await service.db.select({ id: outbox.id }).from(outbox)).map((row) => row.id), { timeout: 5000 }).toEqual([kept.id]);
      await expect
        .poll(async () => (await service.db.select({ id: receivedMessages.messageId }).from(receivedMessages)).map((row) => row.id), { timeout: 5000 })
        .toEqual([kept.id]);
    } finally {
      await broker.close();
      await service.stop();
      await target.remove();
    }
  });

  it('keeps the published events of its log however old, when it owns one, and prunes its other rows', async () => {
    const target = await backend.create();
    // The test database was made for "catalog": hand it to the service under its own name.
    const database = target.env.TIFFIN_CATALOG_DATABASE_URL;
    const env = {
      ...(database ? { TIFFIN_ORDER_DATABASE_URL: database } : { TIFFIN_DATA_DIR: target.env.TIFFIN_DATA_DIR }),
      TIFFIN_OUTBOX_RETENTION_HOURS: '1',
      TIFFIN_PRUNE_INTERVAL_SECONDS: '0.05',
    };
    const broker = createEmbeddedBroker({ logger: recordingLogger().logger });
    const service = createNotesServiceNamedOrder({ env, broker, logger: createLogger('order', { TIFFIN_LOG_LEVEL: 'silent' }) });
    try {
      await service.start();
      const logged = createMessage('OrderRejected', 'order', { orderId: randomUUID(), consumerId: randomUUID(), reason: 'Sold out' });
      const reply = sampleMessage();
      const at = new Date(Date.now() - 30 * 24 * hourMs);
      for (const message of [logged, reply]) {
        await service.db.insert(outbox).values({ id: message.id, type: message.type, payload: message, state: 'published', publishedAt: at });
      }
      await expect.poll(async () => (await service.db.select({ id: outbox.id }).from(outbox)).map((row) => row.id), { timeout: 5000 }).toEqual([logged.id]);
    } finally {
      await broker.close();
      await service.stop();
      await target.remove();
    }
  });
});
