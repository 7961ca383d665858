/**
 * Publishes per second and confirm latency of the journaled in-process broker, with each publish
 * paying its own fsync (as before group commit) and with concurrent publishes sharing one, side by
 * side on the same disk in one run. A benchmark, not a test: it prints figures.
 *
 *   node --import tsx packages/broker/bench/embedded-publish.ts [publishes per case, default 2000]
 *   (or: pnpm --filter @tiffin/broker bench:publish)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMessage } from '@tiffin/contracts';
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

const format = (f: Figures) => `${f.perSecond.toFixed(0).padStart(7)}/s  p50 ${f.p50Ms.toFixed(2).padStart(6)} ms  p99 ${f.p99Ms.toFixed(2).padStart(7)} ms`;

console.log(`journaled embedded broker, ${publishesPerCase} publishes per case, one consumer acking (${os.tmpdir()})`);
console.log(`${'publishers'.padEnd(11)}${'fsync per publish'.padEnd(42)}group commit`);
for (const publishers of concurrencies) {
  const before = await measure(false, publishers);
  const after = await measure(true, publishers);
  console.log(`${String(publishers).padEnd(11)}${format(before).padEnd(42)}${format(after)}  ×${(after.perSecond / before.perSecond).toFixed(1)}`);
}
