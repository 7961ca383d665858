import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { useJournalDir } from './journal-test-support';
import { orderDetailsValidated } from './test-support';

const journal = useJournalDir();
const heapMiB = 48;

/** A long-running broker's journal as a crash would leave it: mostly acknowledged, a little pending. */
function writeLongJournal(file: string, acked: number, pending: number): void {
  const fd = fs.openSync(file, 'w');
  try {
    let lines = [JSON.stringify({ op: 'declare', consumer: 'kitchen', types: ['OrderDetailsValidated'] })];
    for (let id = 1; id <= acked + pending; id++) {
      const body = JSON.stringify({ ...orderDetailsValidated(), correlationId: 'x'.repeat(400) });
      lines.push(JSON.stringify({ op: 'enqueue', id, consumer: 'kitchen', body }));
      if (id <= acked) lines.push(JSON.stringify({ op: 'ack', id }));
      if (lines.length >= 10_000) {
        fs.writeSync(fd, `${lines.join('\n')}\n`);
        lines = [];
      }
    }
    fs.writeSync(fd, `${lines.join('\n')}\n`);
  } finally {
    fs.closeSync(fd);
  }
}

it(`opens a journal much larger than a ${heapMiB} MiB heap, holding only what is still pending`, async () => {
  writeLongJournal(journal.journalFile(), 120_000, 50);
  // Read whole, as a string, it would not fit in the child's heap at all.
  expect(fs.statSync(journal.journalFile()).size).toBeGreaterThan(1.5 * heapMiB * 1024 * 1024);

  const child = fileURLToPath(new URL('./journal-open-child.ts', import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, [`--max-old-space-size=${heapMiB}`, '--import', 'tsx', child, journal.dir(), 'kitchen']);

  expect(stdout.trim()).toBe('50');
  expect(fs.statSync(journal.journalFile()).size).toBeLessThan(100 * 1024);
}, 60_000);
