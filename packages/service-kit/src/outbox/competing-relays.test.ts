import { describe, expect, it, vi } from 'vitest';
import type { Message } from '@tiffin/messages';
import { useTwoInstancesOfOneDatabase } from '../test-fixtures/two-instances';
import { sampleMessage } from '../test-fixtures/messages';
import { recordingBroker } from '../test-fixtures/recording-broker';
import { recordingLogger } from '../test-fixtures/recording-logger';
import { enqueue } from './enqueue';
import { outbox } from './outbox-table';
import { startOutboxRelay } from './outbox-relay';
import { externalBackendsTested } from '../testing/tested-backends';

describe.runIf(externalBackendsTested)('two service instances relaying one PostgreSQL outbox', () => {
  const twoInstances = useTwoInstancesOfOneDatabase();

  it('share the work and never publish one row twice', async () => {
    const messages: Message[] = Array.from({ length: 60 }, sampleMessage);
    await twoInstances()[0]!.db.transaction(async (tx) => {
      for (const message of messages) await enqueue(tx, message);
    });
    // Slow confirms keep each batch locked long enough for the other relay to run into it.
    const broker = recordingBroker({ confirmDelayMs: 5 });
    const relays = twoInstances().map((instance) =>
      startOutboxRelay({ db: instance.db, broker, logger: recordingLogger().logger, pollMs: 10, batchSize: 5 }),
    );
    try {
      await vi.waitFor(() => expect(broker.published.length).toBeGreaterThanOrEqual(60));
    } finally {
      await Promise.all(relays.map((relay) => relay.stop()));
    }

    const publishedIds = broker.published.map((message) => message.id);
    expect(publishedIds).toHaveLength(60);
    expect(new Set(publishedIds)).toEqual(new Set(messages.map((message) => message.id)));
    // Both relays had a batch under way at once: one passes over the rows the other claimed instead of waiting.
    expect(broker.maxInFlight).toBeGreaterThan(5);
    const rows = await twoInstances()[1]!.db.select({ state: outbox.state, attempts: outbox.attempts }).from(outbox);
    expect(rows.every((row) => row.state === 'published' && row.attempts === 1)).toBe(true);
  });
});
