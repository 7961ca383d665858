import type { QueueDepth } from './broker';
import type { RabbitMqLink } from './rabbitmq-link';
import { consumerQueues } from './rabbitmq-queues';

/**
 * Each consumer's queues as RabbitMQ counts them (a passive declare: no message is read): waiting is
 * what is ready in its work queue plus what waits in its retry queue. A queue that does not exist
 * counts none; RabbitMQ answers it by closing the channel, so each consumer is read on its own.
 */
export async function rabbitMqQueueDepths(link: RabbitMqLink, exchange: string, consumers: readonly string[]): Promise<QueueDepth[]> {
  const connection = link.current;
  if (!connection) throw new Error('not connected to RabbitMQ; queue depths cannot be read now');
  const depths: QueueDepth[] = [];
  for (const consumer of consumers) {
    const queues = consumerQueues(exchange, consumer);
    const channel = await connection.createChannel();
    channel.on('error', () => undefined);
    const count = async (queue: string) => (await channel.checkQueue(queue)).messageCount;
    try {
      const [work, retry, dead] = [await count(queues.work), await count(queues.retry), await count(queues.deadLetter)];
      depths.push({ consumer, waiting: work + retry, deadLetters: dead });
    } catch (error) {
      if ((error as { code?: number }).code !== 404) throw error;
      depths.push({ consumer, waiting: 0, deadLetters: 0 });
    } finally {
      await channel.close().catch(() => undefined);
    }
  }
  return depths;
}
