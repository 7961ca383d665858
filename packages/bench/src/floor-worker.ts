import { parseArgs } from 'node:util';
import amqp from 'amqplib';
import pg from 'pg';
import { floorMessage, floorQueue } from './floor-messages';

/**
 * One process serving some hops of the floor (see floor.ts): per message one statement, one
 * confirmed persistent publish, one ack after the confirm. Started by `runFloor`, which tells it
 * which hops are its own.
 */
const { values } = parseArgs({
  options: {
    run: { type: 'string' },
    'database-url': { type: 'string' },
    'amqp-url': { type: 'string' },
    hops: { type: 'string' },
    worker: { type: 'string' },
    workers: { type: 'string' },
  },
});
const run = values.run!;
const hops = Number(values.hops);
const worker = Number(values.worker);
const workers = Number(values.workers);

const pool = new pg.Pool({ connectionString: values['database-url']!, max: 10 });
// As the broker package connects: without noDelay, Nagle holds each small frame for a delayed ACK.
const connection = await amqp.connect(values['amqp-url']!, { noDelay: true });
const publisher = await connection.createConfirmChannel();
const consumer = await connection.createChannel();
await consumer.prefetch(50);

for (let hop = worker; hop < hops; hop += workers) {
  const consumerName = `hop-${hop}`;
  await consumer.consume(floorQueue(run, hop), (delivery) => {
    if (!delivery) return;
    const received = JSON.parse(delivery.content.toString()) as { id: string; correlationId: string };
    const next = floorMessage(received.correlationId, hop + 1);
    const body = JSON.stringify(next);
    void pool
      .query('with received as (insert into inbox (consumer, message_id) values ($1, $2)) insert into outbox (id, payload) values ($3, $4)', [
        consumerName,
        received.id,
        next.id,
        body,
      ])
      .then(
        () =>
          new Promise<void>((resolve, reject) =>
            publisher.sendToQueue(floorQueue(run, hop + 1), Buffer.from(body), { persistent: true }, (error) => (error ? reject(error) : resolve())),
          ),
      )
      .then(() => consumer.ack(delivery));
  });
}
process.send!('ready');
