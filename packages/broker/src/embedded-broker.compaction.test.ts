import { spawn } from 'node:child_process';
import fs from 'node:fs';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMessage, type Message } from '@tiffin/messages';
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

  it('keeps every publish confirmed before the process was killed while publishing went on across compactions', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./journal-crash-child.ts', import.meta.url)), journal.dir(), String(compactAtBytes)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const confirmed: string[] = [];
    let compactions = 0;
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('confirmed ')) confirmed.push(line.slice('confirmed '.length));
      else if (line === 'compacted') compactions++;
      else throw new Error(`the publishing process said: ${line}`);
    });
    try {
      // Right after a switch is when records appended during the compaction exist only in the new file.
      await waitFor('a few compactions', () => compactions >= 3, 30_000);
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
    // Lines the child printed before it died may still be on their way through the pipe.
    await pause(100);
    const confirmedBeforeKill = [...confirmed];

    const broker = journal.start();
    const ledger: string[] = [];
    await broker.subscribe({ consumer: 'ledger', types: ['OrderDetailsRejected'], handle: async (m) => void ledger.push(m.id) });
    await waitFor('the ledger backlog', () => ledger.length >= confirmedBeforeKill.length, 20_000);
    await pause(100);
    // Publishes journaled but not yet reported when the kill came can only follow the reported ones.
    expect(ledger.slice(0, confirmedBeforeKill.length)).toEqual(confirmedBeforeKill);
    expect(new Set(ledger).size).toBe(ledger.length);
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
