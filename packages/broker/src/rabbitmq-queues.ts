import type { Channel } from 'amqplib';
import type { QueueDeclaration } from '@tiffin/messages';

/**
 * The queues behind one consumer name. Queues belong to the RabbitMQ server, not to an exchange, so
 * each is named after the exchange too: two installations on one server never share, and drain, each
 * other's queues. Exported so operators and tests name them the same way.
 * - work: bound to the exchange once per message type; the consumer reads it.
 * - retry: a failed message waits here for its per-message TTL, then RabbitMQ dead-letters it back
 *   to the work queue, so waiting never holds up the messages behind it.
 * - dead-letter: where a message ends after its last attempt, or at once if it breaks the contract.
 */
export function consumerQueues(exchange: string, consumer: string): { work: string; retry: string; deadLetter: string } {
  const work = `${exchange}.${consumer}`;
  return { work, retry: `${work}.retry`, deadLetter: `${work}.dead-letter` };
}

/** Header carrying which attempt a delivery is (1 for the first); RabbitMQ has no such counter itself. */
export const attemptHeader = 'x-tiffin-attempt';
/** Headers put on a dead letter to say why it is there. */
export const errorHeader = 'x-tiffin-error';
export const deadAtHeader = 'x-tiffin-dead-at';
/** Names a dead letter for inspect, replay and discard (queues have no ids of their own). */
export const deadLetterIdHeader = 'x-tiffin-dead-letter-id';
/** "malformed" or "handler-failed". */
export const deadReasonHeader = 'x-tiffin-dead-reason';
/** What a dead letter carries about its death; a replayed copy goes without them, as a first attempt. */
export const deathHeaders = [attemptHeader, errorHeader, deadAtHeader, deadLetterIdHeader, deadReasonHeader];

/** Declares a consumer's work, retry and dead-letter queues and binds the work queue to its types. Idempotent. */
export async function declareConsumerQueues(channel: Channel, exchange: string, declaration: QueueDeclaration): Promise<void> {
  const queues = consumerQueues(exchange, declaration.consumer);
  await channel.assertQueue(queues.work, { durable: true });
  await channel.assertQueue(queues.retry, { durable: true, deadLetterExchange: '', deadLetterRoutingKey: queues.work });
  await channel.assertQueue(queues.deadLetter, { durable: true });
  for (const type of declaration.types) await channel.bindQueue(queues.work, exchange, type);
}

/**
 * Removes an exchange and the queues of the named consumers on it: tests and benchmarks run on an
 * exchange of their own and leave nothing behind on a RabbitMQ they share.
 */
export async function deleteExchangeAndQueues(channel: Channel, exchange: string, consumers: Iterable<string>): Promise<void> {
  for (const consumer of consumers) {
    for (const queue of Object.values(consumerQueues(exchange, consumer))) await channel.deleteQueue(queue);
  }
  await channel.deleteExchange(exchange);
}
