import { describe, expect, it } from 'vitest';
import type { Message } from '@tiffin/messages';
import { createEmbeddedBroker } from './embedded-broker';
import { useJournalDir } from './journal-test-support';
import { orderDetailsValidated, recordingLogger, waitFor } from './test-support';

const types = ['OrderDetailsValidated'] as const;
const hopeless = async () => Promise.reject(new Error('no chef'));
const idsOf = (letters: readonly { reason: string; message?: Message }[]) => letters.map((letter) => letter.message?.id);

describe('embedded broker dead letters', () => {
  it('keeps the newest up to the limit, and counts and logs each one dropped', async () => {
    const log = recordingLogger();
    const broker = createEmbeddedBroker({ logger: log.logger, retryDelayMs: 1, deadLetterLimit: 3 });
    await broker.subscribe({ consumer: 'kitchen', types, maxAttempts: 1, handle: hopeless });
    const poison = Array.from({ length: 5 }, orderDetailsValidated);
    for (const message of poison) await broker.publish(message);

    await waitFor('five failures', () => broker.deadLetters('kitchen').length + broker.discardedDeadLetters('kitchen') === 5);
    expect(idsOf(broker.deadLetters('kitchen'))).toEqual(poison.slice(2).map((m) => m.id));
    expect(broker.discardedDeadLetters('kitchen')).toBe(2);
    expect(broker.discardedDeadLetters('nobody')).toBe(0);
    const drops = log.entries.filter((entry) => entry.msg.includes('dead-letter limit reached'));
    expect(drops.map((entry) => entry.obj)).toEqual([
      expect.objectContaining({ consumer: 'kitchen', limit: 3, discarded: 1 }),
      expect.objectContaining({ consumer: 'kitchen', limit: 3, discarded: 2 }),
    ]);
    await broker.close();
  });

  it('rejects a limit below one', () => {
    expect(() => createEmbeddedBroker({ deadLetterLimit: 0 })).toThrow(/deadLetterLimit/);
  });
});

describe('embedded broker dead letters with a journal', () => {
  const journal = useJournalDir();

  it('keeps the same letters and the count of dropped ones across restarts, whose compaction writes only the kept ones', async () => {
    const first = journal.start({ deadLetterLimit: 2 });
    await first.subscribe({ consumer: 'kitchen', types, maxAttempts: 1, handle: hopeless });
    const poison = Array.from({ length: 5 }, orderDetailsValidated);
    for (const message of poison) await first.publish(message);
    await waitFor('five failures', () => first.discardedDeadLetters('kitchen') === 3);
    await first.close();

    // Opened twice: the second replays what the first one's compaction wrote.
    await journal.start({ deadLetterLimit: 2 }).close();
    const third = journal.start({ deadLetterLimit: 2 });
    expect(idsOf(third.deadLetters('kitchen'))).toEqual(poison.slice(3).map((m) => m.id));
    expect(third.discardedDeadLetters('kitchen')).toBe(3);
  });
});

describe('replaying and discarding dead letters with a journal', () => {
  const journal = useJournalDir();

  it('outlive a crash: a discarded letter stays gone, a replayed one waits in its queue, no longer dead', async () => {
    const first = journal.start();
    await first.subscribe({ consumer: 'kitchen', types, maxAttempts: 1, handle: hopeless });
    const [discarded, replayed, kept] = Array.from({ length: 3 }, orderDetailsValidated);
    for (const message of [discarded, replayed, kept]) await first.publish(message!);
    await waitFor('three dead letters', () => first.deadLetters('kitchen').length === 3);
    const [discardedId, replayedId, keptId] = first.deadLetters('kitchen').map((letter) => letter.id);
    // The consumer is gone by the time of the replay, so the replayed message waits in the journal.
    await first.close();
    const second = journal.start();
    await second.declare([{ consumer: 'kitchen', types }]);
    expect(await second.discardDeadLetter('kitchen', discardedId!)).toBe(true);
    expect(await second.replayDeadLetter('kitchen', replayedId!)).toBe(true);
    journal.crash(second);

    const third = journal.start();
    expect(third.deadLetters('kitchen').map((letter) => letter.id)).toEqual([keptId]);
    const handled: string[] = [];
    await third.subscribe({ consumer: 'kitchen', types, handle: async (m) => void handled.push(m.id) });
    await waitFor('the replayed message', () => handled.length === 1);
    expect(handled).toEqual([replayed!.id]);
  });
});
