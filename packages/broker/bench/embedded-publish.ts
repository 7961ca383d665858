/**
 * Publishes per second and confirm latency of the journaled in-process broker, with each publish
 * paying its own fsync (as before group commit) and with concurrent publishes sharing one, side by
 * side on the same disk in one run; then how large the journal grows over many publish/ack cycles
 * with the default compaction threshold. A benchmark, not a test: it prints figures.
 *
 *   node --import tsx packages/broker/bench/embedded-publish.ts [publishes per case, default 2000]
 *   (or: pnpm --filter @tiffin/broker bench:publish)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMessage } from '@tiffin/messages';
import { createEmbeddedBroker } from '../src/embedded-broker';

const publishesPerCase = Number(process.argv[2] ?? 2000);
const concurrencies = [1, 16, 64];
const quiet = { info() {}, warn() {}, error() {} };

interface Figures {
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** `publishers` loops publish back to back until `publishesPerCase` are confirmed; a consumer acks each. */
async function measure(groupCommit: boolean, publishers: number): Promise<Figures> {
  const journalDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiffin-bench-journal-'));
  const broker = createEmbeddedBroker({ journalDir, logger: quiet, journalOptions: { groupCommit } });
  try {
    await broker.subscribe({ consumer: 'bench.kitchen', types: ['OrderDetailsValidated'], concurrency: 16, handle: async () => {} });
    const latencies: number[] = [];
    let remaining = publishesPerCase;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: publishers }, async () => {
        while (remaining-- > 0) {
          const message = createMessage('OrderDetailsValidated', 'bench', { orderId: crypto.randomUUID() });
          const before = performance.now();
          await broker.publish(message);
          latencies.push(performance.now() - before);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
    return { perSecond: latencies.length / seconds, p50Ms: at(0.5), p99Ms: at(0.99) };
  } finally {
    await broker.close();
    fs.rmSync(journalDir, { recursive: true, force: true });
  }
}

/** Publish/ack cycles with the default compaction threshold: the journal's largest and last size. */
async function journalSizeOver(cycles: number): Promise<{ largestBytes: number; lastBytes: number; compactions: number }> {
  const journalDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiffin-bench-journal-'));
  let compactions = 0;
  const logger = { ...quiet, info: (_: object, msg: string) => void (msg === 'broker journal compacted' && compactions++) };
  const broker = createEmbeddedBroker({ journalDir, logger });
  const file = path.join(journalDir, 'journal.jsonl');
  try {
    await broker.subscribe({ consumer: 'bench.kitchen', types: ['OrderDetailsValidated'], concurrency: 16, handle: async () => {} });
    let largestBytes = 0;
    let remaining = cycles;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (remaining-- > 0) {
          await broker.publish(createMessage('OrderDetailsValidated', 'bench', { orderId: crypto.randomUUID() }));
          if (remaining % 100 === 0) largestBytes = Math.max(largestBytes, fs.statSync(file).size);
        }
      }),
    );
    return { largestBytes, lastBytes: fs.statSync(file).size, compactions };
  } finally {
    await broker.close();
    fs.rmSync(journalDir, { recursive: true, force: true });
  }
}

const format = (f: Figures) => `${f.perSecond.toFixed(0).padStart(7)}/s  p50 ${f.p50Ms.toFixed(2).padStart(6)} ms  p99 ${f.p99Ms.toFixed(2).padStart(7)} ms`;

console.log(`journaled embedded broker, ${publishesPerCase} publishes per case, one consumer acking (${os.tmpdir()})`);
console.log(`${'publishers'.padEnd(11)}${'fsync per publish'.padEnd(42)}group commit`);
for (const publishers of concurrencies) {
  const before = await measure(false, publishers);
  const after = await measure(true, publishers);
  console.log(`${String(publishers).padEnd(11)}${format(before).padEnd(42)}${format(after)}  ×${(after.perSecond / before.perSecond).toFixed(1)}`);
}

const cycles = publishesPerCase * 50;
const size = await journalSizeOver(cycles);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
console.log(
  `journal over ${cycles} publish/ack cycles (~${mib(cycles * 220)} appended): largest ${mib(size.largestBytes)}, last ${mib(size.lastBytes)}, ${size.compactions} online compactions`,
);
