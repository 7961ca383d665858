import { describe, expect, it } from 'vitest';
import { createMessage, type Message } from '@tiffin/messages';
import { useRabbitMq } from './rabbitmq-test-support';
import { pause, waitFor } from './test-support';

const bed = useRabbitMq();

/** Five replies about each of six orders, interleaved as they would arrive from many sagas. */
function repliesAboutOrders(): { orders: string[]; messages: Message<'OrderDetailsRejected'>[] } {
  const orders = Array.from({ length: 6 }, () => crypto.randomUUID());
  const messages = Array.from({ length: 5 }, (_, round) =>
    orders.map((orderId) => createMessage('OrderDetailsRejected', 'broker-test', { orderId, reason: `round ${round}` })),
  ).flat();
  return { orders, messages };
}

describe('RabbitMQ consumer with concurrency', () => {
  it('handles messages of different orders in parallel up to the limit, each order in arrival order', async () => {
    const broker = await bed.broker();
    const { orders, messages } = repliesAboutOrders();
    const seenPerOrder = new Map<string, string[]>(orders.map((orderId) => [orderId, []]));
    const busyOrders = new Set<string>();
    let inFlight = 0;
    let mostInFlight = 0;
    let overlapsWithinAnOrder = 0;
    await broker.subscribe({
      consumer: bed.consumer('parallel'),
      types: ['OrderDetailsRejected'],
      concurrency: 4,
      handle: async (message) => {
        const { orderId, reason } = message.payload;
        if (busyOrders.has(orderId)) overlapsWithinAnOrder++;
        busyOrders.add(orderId);
        mostInFlight = Math.max(mostInFlight, ++inFlight);
        await pause(20);
        seenPerOrder.get(orderId)!.push(reason);
        inFlight--;
        busyOrders.delete(orderId);
      },
    });

    const startedAt = Date.now();
    await Promise.all(messages.map((message) => broker.publish(message)));
    await waitFor('every message', () => [...seenPerOrder.values()].every((seen) => seen.length === 5), 10_000);
    const elapsedMs = Date.now() - startedAt;

    for (const seen of seenPerOrder.values()) expect(seen).toEqual(['round 0', 'round 1', 'round 2', 'round 3', 'round 4']);
    expect(overlapsWithinAnOrder).toBe(0);
    expect(mostInFlight).toBe(4);
    // One at a time would take 30 × 20 ms.
    expect(elapsedMs).toBeLessThan(30 * 20);
  });

  it('handles one message at a time by default', async () => {
    const broker = await bed.broker();
    const { messages } = repliesAboutOrders();
    let inFlight = 0;
    let mostInFlight = 0;
    let handled = 0;
    await broker.subscribe({
      consumer: bed.consumer('serial'),
      types: ['OrderDetailsRejected'],
      handle: async () => {
        mostInFlight = Math.max(mostInFlight, ++inFlight);
        await pause(2);
        inFlight--;
        handled++;
      },
    });
    await Promise.all(messages.map((message) => broker.publish(message)));
    await waitFor('every message', () => handled === messages.length, 10_000);
    expect(mostInFlight).toBe(1);
  });
});
