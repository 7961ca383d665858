import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMessage, type Message } from '@tiffin/contracts';
import { useJournalDir } from './journal-test-support';
import { orderDetailsRejected, orderDetailsValidated, pause, waitFor } from './test-support';

const types = ['OrderDetailsValidated'] as const;
const compactAtBytes = 16 * 1024;
const journal = useJournalDir();

function journalLines(): { op: string; id?: number }[] {
  return fs
    .readFileSync(journal.journalFile(), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { op: string });
}

const compactions = () => journal.log.entries.filter((entry) => entry.msg === 'broker journal compacted').length;

describe('embedded broker journal while it runs', () => {
  it('compacts under concurrent publishes, and a crash afterwards loses no confirmed publish and redelivers no acked one', async () => {
    const first = journal.start({ journalOptions: { compactAtBytes } });
    const kitchenHandled = new Set<string>();
    await first.subscribe({ consumer: 'kitchen', types: ['OrderDetailsValidated'], concurrency: 4, handle: async (m) => void kitchenHandled.add(m.id) });
    // Declared but never consumed: what it is sent stays pending, so the journal is never all dead.
    await first.declare([{ consumer: 'ledger', types: ['OrderDetailsRejected'] }]);

    const kitchenSent = new Set<string>();
    const ledgerSent: string[] = [];
    const publishers = Array.from({ length: 8 }, async () => {
      for (let i = 0; i < 150; i++) {
        const message = i % 10 === 0 ? orderDetailsRejected() : orderDetailsValidated();
        await first.publish(message);
        if (message.type === 'OrderDetailsRejected') ledgerSent.push(message.id);
        else kitchenSent.add(message.id);
      }
    });
    await Promise.all(publishers);
    await waitFor('the kitchen to handle everything', () => kitchenHandled.size === kitchenSent.size, 20_000);
    await pause(50);
    expect(compactions()).toBeGreaterThan(0);
    journal.crash(first);

    const second = journal.start();
    const kitchenAgain: string[] = [];
    const ledger: string[] = [];
    await second.subscribe({ consumer: 'kitchen', types: ['OrderDetailsValidated'], handle: async (m) => void kitchenAgain.push(m.id) });
    await second.subscribe({ consumer: 'ledger', types: ['OrderDetailsRejected'], handle: async (m) => void ledger.push(m.id) });
    await waitFor('the ledger backlog', () => ledger.length >= ledgerSent.length, 20_000);
    await pause(100);
    expect(ledger).toEqual(ledgerSent);
    expect(kitchenAgain).toEqual([]);
  });

  it('keeps every publish confirmed before a crash that came while publishing went on across compactions', async () => {
    const first = journal.start({ journalOptions: { compactAtBytes } });
    await first.subscribe({ consumer: 'kitchen', types: ['OrderDetailsValidated'], concurrency: 8, handle: async () => {} });
    await first.declare([{ consumer: 'ledger', types: ['OrderDetailsRejected'] }]);
    const confirmed = new Set<string>();
    let crashed = false;
    const publishers = Array.from({ length: 8 }, async () => {
      for (let i = 0; !crashed; i++) {
        const message = i % 10 === 0 ? orderDetailsRejected() : orderDetailsValidated();
        await first.publish(message);
        if (!crashed && message.type === 'OrderDetailsRejected') confirmed.add(message.id);
      }
    });
    await waitFor('a compaction while publishing', () => compactions() > 0, 20_000);
    await waitFor('some more publishes', () => confirmed.size > 100, 20_000);
    crashed = true;
    journal.crash(first);
    const confirmedAtCrash = [...confirmed];

    const second = journal.start();
    const ledger = new Set<string>();
    await second.subscribe({ consumer: 'ledger', types: ['OrderDetailsRejected'], handle: async (m) => void ledger.add(m.id) });
    await waitFor('the ledger backlog', () => confirmedAtCrash.every((id) => ledger.has(id)), 20_000);
    await Promise.all(publishers);
  });

  it('stays in proportion to what is pending over many publish and ack cycles', async () => {
    const broker = journal.start({ journalOptions: { compactAtBytes } });
    let handled = 0;
    await broker.subscribe({ consumer: 'kitchen', types, concurrency: 4, handle: async () => void handled++ });
    let largest = 0;
    for (let round = 0; round < 40; round++) {
      await Promise.all(Array.from({ length: 50 }, () => broker.publish(orderDetailsValidated())));
      await waitFor('the round', () => handled === (round + 1) * 50);
      largest = Math.max(largest, fs.statSync(journal.journalFile()).size);
    }
    const written = 40 * 50 * 2 * 180; // an enqueue and an ack line per message, ~180 bytes each
    expect(largest).toBeLessThan(compactAtBytes * 4);
    expect(largest).toBeLessThan(written / 10);
    await pause(20);
    expect(journalLines().filter((line) => line.op === 'enqueue').length).toBeLessThan(200);
  });

  it('replays a journal larger than a read chunk, with characters split across chunks', async () => {
    const first = journal.start();
    await first.declare([{ consumer: 'kitchen', types: ['OrderDetailsRejected'] }]);
    const sent: Message[] = [];
    // Multi-byte characters at every offset, so some straddle the 1 MiB read boundary.
    for (let i = 0; i < 400; i++) {
      const reason = `${'é'.repeat(i % 7)}${'😋'.repeat(900)}`;
      sent.push(createMessage('OrderDetailsRejected', 'broker-test', { orderId: crypto.randomUUID(), reason }));
    }
    await Promise.all(sent.map((message) => first.publish(message)));
    expect(fs.statSync(journal.journalFile()).size).toBeGreaterThan(1.2 * 1024 * 1024);
    journal.crash(first);

    const second = journal.start();
    const received: Message[] = [];
    await second.subscribe({ consumer: 'kitchen', types: ['OrderDetailsRejected'], handle: async (m) => void received.push(m) });
    await waitFor('the backlog', () => received.length === sent.length, 20_000);
    expect(received).toEqual(sent);
  });
});
