import { describe, expect, it } from 'vitest';
import { UnroutableMessageError } from './rabbitmq-publisher';
import { useRabbitMq } from './rabbitmq-test-support';
import { orderDetailsRejected, orderDetailsValidated, waitFor } from './test-support';

const bed = useRabbitMq();

describe('RabbitMQ publish of a message no queue is bound for', () => {
  it('rejects, so the sender keeps the message, and the channel goes on publishing', async () => {
    const broker = await bed.broker();
    const received: string[] = [];
    await broker.subscribe({ consumer: bed.consumer('validated-only'), types: ['OrderDetailsValidated'], handle: async (m) => void received.push(m.id) });

    await expect(broker.publish(orderDetailsRejected())).rejects.toThrow(UnroutableMessageError);

    const routable = orderDetailsValidated();
    await broker.publish(routable);
    await waitFor('the routable message', () => received.length > 0);
    expect(received).toEqual([routable.id]);
  });

  it('rejects only the unroutable ones of a pipelined batch', async () => {
    const broker = await bed.broker();
    await broker.declare([{ consumer: bed.consumer('batch'), types: ['OrderDetailsValidated'] }]);
    const batch = [orderDetailsValidated(), orderDetailsRejected(), orderDetailsValidated(), orderDetailsRejected()];

    const outcomes = await Promise.allSettled(batch.map((message) => broker.publish(message)));

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected']);
  });

  it('is accepted once a consumer declares a queue for the type', async () => {
    const broker = await bed.broker();
    const message = orderDetailsRejected();
    await expect(broker.publish(message)).rejects.toThrow(UnroutableMessageError);

    const received: string[] = [];
    await broker.subscribe({ consumer: bed.consumer('late-rejected'), types: ['OrderDetailsRejected'], handle: async (m) => void received.push(m.id) });
    await broker.publish(message);
    await waitFor('the message on its second try', () => received.length > 0);
    expect(received).toEqual([message.id]);
  });
});
