import { describe, expect, it } from 'vitest';
import type { Broker } from './broker';
import { UnroutableMessageError } from './rabbitmq-publisher';
import { consumerQueues } from './rabbitmq-queues';
import { useRabbitMq } from './rabbitmq-test-support';
import { orderDetailsRejected, orderDetailsValidated, waitFor } from './test-support';

const bed = useRabbitMq();

/** A consumer of OrderDetailsRejected declared its queue, then an operator deleted it. */
async function rejectedQueueGone(broker: Broker, label: string): Promise<string> {
  const consumer = bed.consumer(label);
  await broker.declare([{ consumer, types: ['OrderDetailsRejected'] }]);
  await bed.admin().deleteQueue(consumerQueues(bed.exchange, consumer).work);
  return consumer;
}

describe('RabbitMQ publish of a message its declared queue is no longer there for', () => {
  it('rejects, so the sender keeps the message, and the channel goes on publishing', async () => {
    const broker = await bed.broker();
    const received: string[] = [];
    await broker.subscribe({ consumer: bed.consumer('validated'), types: ['OrderDetailsValidated'], handle: async (m) => void received.push(m.id) });
    await rejectedQueueGone(broker, 'gone');

    await expect(broker.publish(orderDetailsRejected())).rejects.toThrow(UnroutableMessageError);

    const routable = orderDetailsValidated();
    await broker.publish(routable);
    await waitFor('the routable message', () => received.length > 0);
    expect(received).toEqual([routable.id]);
  });

  it('rejects only the unroutable ones of a pipelined batch', async () => {
    const broker = await bed.broker();
    await broker.declare([{ consumer: bed.consumer('batch'), types: ['OrderDetailsValidated'] }]);
    await rejectedQueueGone(broker, 'batch-gone');
    const batch = [orderDetailsValidated(), orderDetailsRejected(), orderDetailsValidated(), orderDetailsRejected()];

    const outcomes = await Promise.allSettled(batch.map((message) => broker.publish(message)));

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected']);
  });

  it('is accepted and delivered once the queue is declared again', async () => {
    const broker = await bed.broker();
    const consumer = await rejectedQueueGone(broker, 'back');
    const message = orderDetailsRejected();
    await expect(broker.publish(message)).rejects.toThrow(UnroutableMessageError);

    const received: string[] = [];
    await broker.subscribe({ consumer, types: ['OrderDetailsRejected'], handle: async (m) => void received.push(m.id) });
    await broker.publish(message);
    await waitFor('the message on its second try', () => received.length > 0);
    expect(received).toEqual([message.id]);
  });

  it('confirms a type no consumer ever declared a queue for: nobody is meant to get it', async () => {
    const broker = await bed.broker();
    await expect(broker.publish(orderDetailsRejected())).resolves.toBeUndefined();
  });
});
