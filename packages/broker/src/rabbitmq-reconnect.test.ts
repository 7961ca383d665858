import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Message } from '@tiffin/messages';
import type { Broker } from './broker';
import { hostAndPort, startFaultProxy, throughProxy, type FaultProxy } from '@tiffin/fault-proxy';
import { testAmqpUrl, useRabbitMq } from './rabbitmq-test-support';
import { orderDetailsValidated, pause, waitFor } from './test-support';

const bed = useRabbitMq();
let proxy: FaultProxy;

beforeEach(async () => {
  proxy = await startFaultProxy(hostAndPort(testAmqpUrl));
});
afterEach(async () => {
  await proxy.close();
});

/** What the outbox relay does: try again until the broker confirms. */
async function publishUntilConfirmed(broker: Broker, message: Message): Promise<number> {
  for (let refusals = 0; ; refusals++) {
    try {
      await broker.publish(message);
      return refusals;
    } catch {
      await pause(20);
    }
  }
}

/** An idempotent consumer, as the inbox makes every consumer: a redelivered message has no second effect. */
function idempotentConsumer() {
  const seen = new Set<string>();
  const effects: string[] = [];
  let redeliveries = 0;
  return {
    effects,
    get redeliveries() {
      return redeliveries;
    },
    async handle(message: Message) {
      if (seen.has(message.id)) {
        redeliveries++;
        return;
      }
      seen.add(message.id);
      // Long enough that deliveries are in flight, unacknowledged, when the connection is cut.
      await pause(5);
      effects.push(message.id);
    },
  };
}

describe('RabbitMQ broker when the connection is cut', () => {
  it('reports itself down, refuses publishes at once, then reconnects and resumes publishing and consuming', async () => {
    const broker = await bed.broker({ url: throughProxy(testAmqpUrl, proxy) });
    const consumer = idempotentConsumer();
    await broker.subscribe({ consumer: bed.consumer('reconnect'), types: ['OrderDetailsValidated'], handle: consumer.handle, concurrency: 4 });

    const before = Array.from({ length: 40 }, orderDetailsValidated);
    await Promise.all(before.map((message) => broker.publish(message)));

    proxy.refuse();
    proxy.dropConnections();
    await waitFor('the broker to notice', () => !broker.status().connected, 2000);
    expect(broker.status().consumers).toEqual([{ consumer: bed.consumer('reconnect'), consuming: false }]);

    const refusedAt = Date.now();
    await expect(broker.publish(orderDetailsValidated())).rejects.toThrow('not connected');
    expect(Date.now() - refusedAt).toBeLessThan(50);

    await pause(300);
    const restoredAt = Date.now();
    proxy.accept();
    await waitFor('the broker to reconnect', () => broker.status().connected && broker.status().consumers.every((c) => c.consuming), 5000);
    const reconnectMs = Date.now() - restoredAt;
    expect(reconnectMs).toBeLessThan(1000);

    const after = Array.from({ length: 40 }, orderDetailsValidated);
    for (const message of after) await publishUntilConfirmed(broker, message);

    const expected = [...before, ...after].map((message) => message.id);
    await waitFor('every message to be handled', () => consumer.effects.length >= expected.length, 10_000);
    await pause(200);
    expect([...consumer.effects].sort()).toEqual([...expected].sort());
    console.info(`reconnected ${reconnectMs} ms after the network came back; ${consumer.redeliveries} redeliveries absorbed`);
  });

  it('keeps trying while RabbitMQ stays unreachable, and comes back when it can', async () => {
    const broker = await bed.broker({ url: throughProxy(testAmqpUrl, proxy) });
    const consumer = idempotentConsumer();
    await broker.subscribe({ consumer: bed.consumer('long-outage'), types: ['OrderDetailsValidated'], handle: consumer.handle });
    const accepted = proxy.connectionsAccepted;

    proxy.refuse();
    proxy.dropConnections();
    // Several attempts fail against the refusing proxy meanwhile.
    await pause(800);
    expect(broker.status().connected).toBe(false);
    proxy.accept();

    await waitFor('the broker to reconnect', () => broker.status().connected, 5000);
    expect(proxy.connectionsAccepted).toBe(accepted + 1);
    const message = orderDetailsValidated();
    await publishUntilConfirmed(broker, message);
    await waitFor('the message', () => consumer.effects.length > 0, 5000);
    expect(consumer.effects).toEqual([message.id]);
  });

  it('delivers again the messages that were unacknowledged when the connection was cut', async () => {
    const broker = await bed.broker({ url: throughProxy(testAmqpUrl, proxy) });
    const handledAfterCut: string[] = [];
    let cut = false;
    await broker.subscribe({
      consumer: bed.consumer('unacked'),
      types: ['OrderDetailsValidated'],
      concurrency: 2,
      handle: async (message) => {
        // Deliveries before the cut hang until it and leave no effect, as work lost with a crashed
        // transaction would: only a redelivery can get them handled.
        if (!cut) {
          while (!cut) await pause(10);
          return;
        }
        handledAfterCut.push(message.id);
      },
    });
    const messages = Array.from({ length: 6 }, orderDetailsValidated);
    await Promise.all(messages.map((message) => broker.publish(message)));
    await pause(100);

    proxy.dropConnections();
    cut = true;
    await waitFor('every message again', () => new Set(handledAfterCut).size === messages.length, 10_000);
    expect(new Set(handledAfterCut)).toEqual(new Set(messages.map((message) => message.id)));
  });
});
