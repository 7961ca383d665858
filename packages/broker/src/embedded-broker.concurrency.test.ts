import { describe, expect, it } from 'vitest';
import { createMessage, type Message } from '@tiffin/messages';
import { createEmbeddedBroker } from './embedded-broker';
import { useJournalDir } from './journal-test-support';
import { gate, orderDetailsValidated, pause, recordingLogger, waitFor } from './test-support';

const types = ['OrderDetailsValidated'] as const;
const quiet = recordingLogger().logger;

/** Messages about one order: what must be handled in the order it was published. */
function aboutOrder(orderId: string, count: number): Message<'OrderDetailsValidated'>[] {
  return Array.from({ length: count }, () => createMessage('OrderDetailsValidated', 'broker-test', { orderId }));
}

describe('embedded broker consumer concurrency', () => {
  it('handles messages about different orders side by side, never more than the limit at once', async () => {
    const broker = createEmbeddedBroker({ logger: quiet });
    let running = 0;
    let mostAtOnce = 0;
    const handled: string[] = [];
    await broker.subscribe({
      consumer: 'kitchen',
      types,
      concurrency: 3,
      handle: async (m) => {
        mostAtOnce = Math.max(mostAtOnce, ++running);
        await pause(20);
        running--;
        handled.push(m.id);
      },
    });
    const messages = Array.from({ length: 12 }, orderDetailsValidated);
    for (const message of messages) await broker.publish(message);

    await waitFor('all twelve', () => handled.length === 12);
    expect(mostAtOnce).toBe(3);
    expect(handled.sort()).toEqual(messages.map((m) => m.id).sort());
    await broker.close();
  });

  it('handles messages about one order one at a time, in the order they were published, while other orders go ahead', async () => {
    const broker = createEmbeddedBroker({ logger: quiet });
    const held = gate();
    const slowOrder = crypto.randomUUID();
    const handled: string[] = [];
    let slowRunning = 0;
    let slowMostAtOnce = 0;
    await broker.subscribe({
      consumer: 'kitchen',
      types,
      concurrency: 4,
      handle: async (m) => {
        if (m.payload.orderId === slowOrder) {
          slowMostAtOnce = Math.max(slowMostAtOnce, ++slowRunning);
          await held.wait;
          slowRunning--;
        }
        handled.push(m.id);
      },
    });
    const slow = aboutOrder(slowOrder, 5);
    const others = Array.from({ length: 6 }, orderDetailsValidated);
    for (const [i, message] of slow.entries()) {
      await broker.publish(message);
      if (others[i]) await broker.publish(others[i]);
    }
    await broker.publish(others[5]!);

    await waitFor('the other orders', () => others.every((m) => handled.includes(m.id)));
    expect(handled).toEqual(others.map((m) => m.id));
    held.open();
    await waitFor('the slow order', () => handled.length === 11);
    expect(handled.filter((id) => slow.some((m) => m.id === id))).toEqual(slow.map((m) => m.id));
    expect(slowMostAtOnce).toBe(1);
    await broker.close();
  });

  it('holds later messages about an order back while an earlier one waits for its retry', async () => {
    const broker = createEmbeddedBroker({ logger: quiet, retryDelayMs: 50 });
    const orderId = crypto.randomUUID();
    const [first, second] = aboutOrder(orderId, 2);
    const handled: string[] = [];
    let failedOnce = false;
    await broker.subscribe({
      consumer: 'kitchen',
      types,
      concurrency: 4,
      handle: async (m) => {
        if (m.id === first!.id && !failedOnce) {
          failedOnce = true;
          throw new Error('stove cold');
        }
        handled.push(m.id);
      },
    });
    await broker.publish(first!);
    await broker.publish(second!);

    await waitFor('both', () => handled.length === 2);
    expect(handled).toEqual([first!.id, second!.id]);
    await broker.close();
  });

  it('rejects a concurrency below one, naming the field', async () => {
    const broker = createEmbeddedBroker({ logger: quiet });
    await expect(broker.subscribe({ consumer: 'kitchen', types, concurrency: 0, handle: async () => {} })).rejects.toThrow(
      /subscription.concurrency of "kitchen"/,
    );
    await broker.close();
  });
});

describe('embedded broker consumer concurrency with a journal', () => {
  const journal = useJournalDir();

  it('acknowledges each message only after its own handler: a crash redelivers exactly the ones still running', async () => {
    const first = journal.start();
    const stuck = gate();
    const messages = Array.from({ length: 6 }, orderDetailsValidated);
    const slow = new Set([messages[1]!.id, messages[4]!.id]);
    const done: string[] = [];
    const started: string[] = [];
    await first.subscribe({
      consumer: 'kitchen',
      types,
      concurrency: 6,
      handle: async (m) => {
        started.push(m.id);
        if (slow.has(m.id)) await stuck.wait;
        done.push(m.id);
      },
    });
    for (const message of messages) await first.publish(message);
    await waitFor('the quick ones', () => done.length === 4 && started.length === 6);
    await pause(50);
    journal.crash(first);

    const second = journal.start();
    const redelivered: string[] = [];
    await second.subscribe({ consumer: 'kitchen', types, handle: async (m) => void redelivered.push(m.id) });
    await waitFor('the redelivery', () => redelivered.length >= 2);
    await pause(100);
    expect(redelivered).toEqual([messages[1]!.id, messages[4]!.id]);
  });
});
