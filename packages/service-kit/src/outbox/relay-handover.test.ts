import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import type { Message } from '@tiffin/messages';
import { useTwoInstancesOfOneDatabase } from '../test-fixtures/two-instances';
import { sampleMessage } from '../test-fixtures/messages';
import { recordingBroker, type RecordingBroker } from '../test-fixtures/recording-broker';
import { recordingLogger } from '../test-fixtures/recording-logger';
import { inTransaction } from '../database/batched-writes';
import { enqueue } from './enqueue';
import { outbox } from './outbox-table';
import { startOutboxRelay } from './outbox-relay';
import { externalBackendsTested } from '../testing/tested-backends';

/**
 * Messages enqueued in `inTransaction` go to the relay of their process on commit, their rows leased to
 * it, so it publishes them without claiming. Two instances of a service share one PostgreSQL outbox here.
 */
describe.runIf(externalBackendsTested)('messages handed over to the relay on commit', () => {
  const twoInstances = useTwoInstancesOfOneDatabase();

  const rowOf = async (message: Message) =>
    (await twoInstances()[0]!.db.select().from(outbox).where(eq(outbox.id, message.id)))[0]!;

  /**
   * Starts the first instance's relay, polling once a minute, and waits until its first pass (a claim)
   * has published a row a plain transaction left before: what is enqueued after that, no claim finds.
   */
  async function startRelayPastItsFirstClaim(broker: RecordingBroker) {
    const { db } = twoInstances()[0]!;
    const earlier = sampleMessage();
    await db.transaction((tx) => enqueue(tx, earlier));
    const relay = startOutboxRelay({ db, broker, logger: recordingLogger().logger, pollMs: 60_000 });
    await vi.waitFor(() => expect(broker.published).toEqual([earlier]), { timeout: 2_000 });
    return { relay, earlier };
  }

  it('are published at once, with no wake and no poll, and marked published', async () => {
    const broker = recordingBroker();
    const { relay, earlier } = await startRelayPastItsFirstClaim(broker);
    try {
      const messages = [sampleMessage(), sampleMessage()];
      await inTransaction(twoInstances()[0]!.db, async (tx) => {
        for (const message of messages) await enqueue(tx, message);
      });
      await vi.waitFor(() => expect(broker.published).toEqual([earlier, ...messages]), { timeout: 2_000 });
      await vi.waitFor(async () => expect((await rowOf(messages[1]!)).state).toBe('published'));
    } finally {
      await relay.stop();
    }
  });

  it('need no claim on the wake their committer sends, while a later wake still claims rows nobody handed over', async () => {
    const broker = recordingBroker();
    const { db } = twoInstances()[0]!;
    const { relay, earlier } = await startRelayPastItsFirstClaim(broker);
    try {
      // Written by a plain transaction, and nobody woke the relay for it: only a claim finds it.
      const unclaimed = sampleMessage();
      await db.transaction((tx) => enqueue(tx, unclaimed));
      const handed = sampleMessage();
      await inTransaction(db, (tx) => enqueue(tx, handed));
      relay.wake(); // what a consumer does after its transaction
      // Another handed-over message and its committer's wake: once its row is marked published, the
      // passes that the first wake could have made a claim of are over.
      const marker = sampleMessage();
      await inTransaction(db, (tx) => enqueue(tx, marker));
      relay.wake();
      await vi.waitFor(async () => expect((await rowOf(marker)).state).toBe('published'), { timeout: 2_000 });
      expect(broker.published).toEqual([earlier, handed, marker]);

      relay.wake();
      await vi.waitFor(() => expect(broker.published).toEqual([earlier, handed, marker, unclaimed]), { timeout: 2_000 });
    } finally {
      await relay.stop();
    }
  });

  it('are left alone by the other instances while leased, and published by them once the lease is over', async () => {
    // This instance's relay takes the message but the broker never confirms it, as if the process hung.
    const hung = { publish: () => new Promise<void>(() => {}) };
    const stuck = startOutboxRelay({ db: twoInstances()[0]!.db, broker: hung, logger: recordingLogger().logger, pollMs: 60_000, publishTimeoutMs: 1_500 });
    const broker = recordingBroker();
    const other = startOutboxRelay({ db: twoInstances()[1]!.db, broker, logger: recordingLogger().logger, pollMs: 50 });
    const message = sampleMessage();
    const enqueuedAt = Date.now();
    try {
      await inTransaction(twoInstances()[0]!.db, (tx) => enqueue(tx, message));
      await vi.waitFor(() => expect(broker.published).toEqual([message]), { timeout: 5_000 });
      // The lease is PostgreSQL's clock (now() + 1.5 s), not one to fake: published once it was over,
      // though the other relay polled every 50 ms all along.
      expect(Date.now() - enqueuedAt).toBeGreaterThanOrEqual(1_400);
    } finally {
      await other.stop();
      // Stopping waits for the pass under way: its publish times out after publishTimeoutMs.
      await stuck.stop();
    }
  });

  it('are freed for the other instances at once when their relay stops before publishing them', async () => {
    const refusing = recordingBroker();
    refusing.refuse('broker is down');
    const first = startOutboxRelay({ db: twoInstances()[0]!.db, broker: refusing, logger: recordingLogger().logger, pollMs: 60_000 });
    // The first refusal makes it back off, so the next message stays in its hands.
    await inTransaction(twoInstances()[0]!.db, (tx) => enqueue(tx, sampleMessage()));
    await vi.waitFor(() => expect(refusing.calls).toBeGreaterThan(0));
    const kept = sampleMessage();
    await inTransaction(twoInstances()[0]!.db, (tx) => enqueue(tx, kept));
    expect((await rowOf(kept)).claimedUntil).not.toBeNull();
    await first.stop();
    expect((await rowOf(kept)).claimedUntil).toBeNull();

    const broker = recordingBroker();
    const second = startOutboxRelay({ db: twoInstances()[1]!.db, broker, logger: recordingLogger().logger, pollMs: 60_000 });
    try {
      await vi.waitFor(() => expect(broker.published.map((message) => message.id)).toContain(kept.id), { timeout: 2_000 });
    } finally {
      await second.stop();
    }
  });
});
