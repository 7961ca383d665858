/**
 * Opens a journaled broker on a directory, as a service host does at start, in a process a memory
 * test starts with a small heap; prints how many messages the restored queue then delivers.
 *
 *   node --max-old-space-size=<MiB> --import tsx journal-open-child.ts <journalDir> <consumer>
 */
import { createEmbeddedBroker } from './embedded-broker';

const [journalDir, consumer] = process.argv.slice(2) as [string, string];
const broker = createEmbeddedBroker({ journalDir, logger: { info() {}, warn() {}, error() {} } });
let delivered = 0;
await broker.subscribe({ consumer, types: ['OrderDetailsValidated'], handle: async () => void delivered++ });
await new Promise((resolve) => setTimeout(resolve, 300));
await broker.close();
process.stdout.write(`${delivered}\n`);
