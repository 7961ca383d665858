import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Message } from '@tiffin/messages';
import type { EmbeddedBroker } from './embedded-broker';
import { useJournalDir } from './journal-test-support';
import { gate, orderDetailsValidated, pause, waitFor } from './test-support';

const types = ['OrderDetailsValidated'] as const;
const journal = useJournalDir();
const startBroker = () => journal.start();
const crash = (broker: EmbeddedBroker) => journal.crash(broker);
const journalFile = () => journal.journalFile();

async function receiveAll(broker: EmbeddedBroker, consumer: string, count: number): Promise<string[]> {
  const received: string[] = [];
  await broker.subscribe({ consumer, types, handle: async (m: Message) => void received.push(m.id) });
  await waitFor(`${count} messages`, () => received.length >= count);
  await pause(100);
  return received;
}

describe('embedded broker with a journal', () => {
  it('delivers again after a crash what was published but not yet acknowledged, in order', async () => {
    const first = startBroker();
    const stuck = gate();
    const started: string[] = [];
    await first.subscribe({ consumer: 'kitchen', types, handle: async (m) => {
        started.push(m.id);
        await stuck.wait;
      },
    });
    const messages = Array.from({ length: 3 }, orderDetailsValidated);
    for (const message of messages) await first.publish(message);
    await waitFor('the first handler', () => started.length === 1);
    crash(first);

    const second = startBroker();
    expect(await receiveAll(second, 'kitchen', 3)).toEqual(messages.map((m) => m.id));
  });

  it('delivers again after a clean close what the consumer never got to', async () => {
    const first = startBroker();
    await first.subscribe({ consumer: 'kitchen', types, handle: () => new Promise(() => {}) });
    await first.subscribe({ consumer: 'kitchen', types, handle: async () => {} });
    await first.close();
    // Declared before, so a message published while nobody listens waits, as on a durable queue.
    const second = startBroker();
    const waiting = orderDetailsValidated();
    await second.publish(waiting);
    await second.close();

    expect(await receiveAll(startBroker(), 'kitchen', 1)).toEqual([waiting.id]);
  });

  it('does not deliver an acknowledged message again', async () => {
    const first = startBroker();
    const handled: string[] = [];
    await first.subscribe({ consumer: 'kitchen', types, handle: async (m) => void handled.push(m.id) });
    const [done, later] = [orderDetailsValidated(), orderDetailsValidated()];
    await first.publish(done);
    await waitFor('the handler', () => handled.length === 1);
    await pause(20);
    crash(first);

    const second = startBroker();
    await second.publish(later);
    expect(await receiveAll(second, 'kitchen', 1)).toEqual([later.id]);
  });

  it('keeps dead letters across a restart', async () => {
    const first = startBroker();
    const poison = orderDetailsValidated();
    await first.subscribe({ consumer: 'kitchen', types, maxAttempts: 1, handle: async () => Promise.reject(new Error('no chef')) });
    await first.publish(poison);
    await waitFor('the dead letter', () => first.deadLetters('kitchen').length === 1);
    await first.close();

    const second = startBroker();
    expect(second.deadLetters('kitchen')).toEqual([expect.objectContaining({ reason: 'handler-failed', message: poison, error: 'no chef' })]);
    expect(await receiveAll(second, 'kitchen', 0)).toEqual([]);
  });

  it('ignores a last line cut short by a crash, with a warning', async () => {
    const first = startBroker();
    await first.subscribe({ consumer: 'kitchen', types, handle: () => new Promise(() => {}) });
    const kept = orderDetailsValidated();
    await first.publish(kept);
    crash(first);
    fs.appendFileSync(journalFile(), '{"op":"enqueue","id":99,"consumer":"kit');

    const second = startBroker();
    expect(await receiveAll(second, 'kitchen', 1)).toEqual([kept.id]);
    expect(journal.log.entries).toContainEqual(expect.objectContaining({ level: 'warn', msg: expect.stringContaining('incomplete last line') }));
  });

  it('refuses a journal damaged before its last line, naming the file and line', async () => {
    const first = startBroker();
    await first.subscribe({ consumer: 'kitchen', types, handle: () => new Promise(() => {}) });
    await first.publish(orderDetailsValidated());
    crash(first);
    const lines = fs.readFileSync(journalFile(), 'utf8').split('\n');
    fs.writeFileSync(journalFile(), [lines[0], 'garbage', ...lines.slice(1)].join('\n'));

    expect(() => startBroker()).toThrow(`broker journal ${journalFile()} line 2 is corrupt`);
  });

  it('compacts the journal on open to what is still live, keeping the state intact', async () => {
    const first = startBroker();
    const handled: string[] = [];
    await first.subscribe({ consumer: 'kitchen', types, handle: async (m) => void handled.push(m.id) });
    for (let i = 0; i < 50; i++) await first.publish(orderDetailsValidated());
    await first.subscribe({ consumer: 'idle', types, handle: () => new Promise(() => {}) });
    const waiting = orderDetailsValidated();
    await first.publish(waiting);
    await waitFor('all 51 handled', () => handled.length === 51);
    await pause(20);
    crash(first);
    const before = fs.statSync(journalFile()).size;

    const second = startBroker();
    expect(fs.statSync(journalFile()).size).toBeLessThan(before / 10);
    crash(second);
    // The compacted journal is itself replayed correctly.
    const third = startBroker();
    expect(await receiveAll(third, 'idle', 1)).toEqual([waiting.id]);
    const kitchen: string[] = [];
    await third.subscribe({ consumer: 'kitchen', types, handle: async (m) => void kitchen.push(m.id) });
    const fresh = orderDetailsValidated();
    await third.publish(fresh);
    await waitFor('the fresh message', () => kitchen.length > 0);
    await pause(100);
    expect(kitchen).toEqual([fresh.id]);
  });

  it('refuses a second broker on the same directory while the first is open, and allows it after close', async () => {
    const first = startBroker();
    expect(() => startBroker()).toThrow(/in use by this process/);
    await first.close();
    expect(() => startBroker()).not.toThrow();
  });
});
