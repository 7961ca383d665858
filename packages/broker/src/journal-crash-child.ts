/**
 * The process a crash test kills: a journaled broker publishing as fast as it can, with a consumer
 * acking one type and nobody consuming the other, compacting often. It prints `confirmed <id>` for
 * each publish of the unconsumed type once it resolved (stdout to a pipe is synchronous on Linux, so
 * a printed line was confirmed before any kill) and `compacted` after each compaction.
 *
 *   node --import tsx journal-crash-child.ts <journalDir> <compactAtBytes>
 */
import { createMessage } from '@tiffin/messages';
import { createEmbeddedBroker } from './embedded-broker';

const [journalDir, compactAtBytes] = process.argv.slice(2);
const print = (line: string) => process.stdout.write(`${line}\n`);
const broker = createEmbeddedBroker({
  journalDir,
  journalOptions: { compactAtBytes: Number(compactAtBytes) },
  logger: {
    info: (_, msg) => msg === 'broker journal compacted' && print('compacted'),
    warn: () => {},
    error: (obj, msg) => print(`error ${msg} ${JSON.stringify(obj)}`),
  },
});
await broker.subscribe({ consumer: 'kitchen', types: ['OrderDetailsValidated'], concurrency: 8, handle: async () => {} });
await broker.declare([{ consumer: 'ledger', types: ['OrderDetailsRejected'] }]);

for (let publisher = 0; publisher < 8; publisher++) {
  void (async () => {
    for (let i = 0; ; i++) {
      const orderId = crypto.randomUUID();
      if (i % 10 === 0) {
        const message = createMessage('OrderDetailsRejected', 'crash-test', { orderId, reason: 'closed' });
        await broker.publish(message);
        print(`confirmed ${message.id}`);
      } else {
        await broker.publish(createMessage('OrderDetailsValidated', 'crash-test', { orderId }));
      }
    }
  })();
}
