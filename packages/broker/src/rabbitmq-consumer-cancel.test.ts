import { describe, expect, it } from 'vitest';
import { consumerQueues } from './rabbitmq-queues';
import { useRabbitMq } from './rabbitmq-test-support';
import { orderDetailsValidated, pause, waitFor } from './test-support';

const bed = useRabbitMq();

describe('RabbitMQ consumer whose queue is deleted', () => {
  it('declares its queues again and goes on consuming what is published afterwards', async () => {
    const broker = await bed.broker();
    const consumer = bed.consumer('deleted');
    const received: string[] = [];
    await broker.subscribe({ consumer, types: ['OrderDetailsValidated'], handle: async (m) => void received.push(m.id) });

    await bed.admin().deleteQueue(consumerQueues(bed.exchange, consumer).work);
    await waitFor('the queue to exist again', async () => (await queueExists(consumerQueues(bed.exchange, consumer).work)) && broker.status().consumers[0]!.consuming);

    const afterwards = Array.from({ length: 10 }, orderDetailsValidated);
    for (const message of afterwards) await broker.publish(message);
    await waitFor('every message published afterwards', () => received.length === afterwards.length);
    expect(received).toEqual(afterwards.map((message) => message.id));
  });

  it('says it is not consuming while it cannot declare its queue, and recovers once it can', async () => {
    // Long enough a wait that the operator's conflicting queue is in place before the consumer is back.
    const broker = await bed.broker({ reconnectBackoff: { initialMs: 400, maxMs: 400 } });
    const consumer = bed.consumer('conflicting');
    const { work } = consumerQueues(bed.exchange, consumer);
    const received: string[] = [];
    await broker.subscribe({ consumer, types: ['OrderDetailsValidated'], handle: async (m) => void received.push(m.id) });

    await bed.admin().deleteQueue(work);
    // A queue of that name that is not durable: declaring the durable one fails with PRECONDITION_FAILED.
    await bed.admin().assertQueue(work, { durable: false });
    await pause(1000);
    expect(broker.status().consumers).toEqual([{ consumer, consuming: false }]);

    await bed.admin().deleteQueue(work);
    await waitFor('consuming again', () => broker.status().consumers[0]!.consuming, 3000);
    const message = orderDetailsValidated();
    await broker.publish(message);
    await waitFor('the message', () => received.length > 0);
    expect(received).toEqual([message.id]);
  });
});

async function queueExists(queue: string): Promise<boolean> {
  // checkQueue on a missing queue closes the channel it is made on, so use a throwaway one.
  const channel = await bed.throwawayChannel();
  try {
    await channel.checkQueue(queue);
    return true;
  } catch {
    return false;
  } finally {
    await channel.close().catch(() => undefined);
  }
}
