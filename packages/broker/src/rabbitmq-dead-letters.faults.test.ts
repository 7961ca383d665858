import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hostAndPort, startFaultProxy, throughProxy, type FaultProxy } from '@tiffin/fault-proxy';
import { consumerQueues, deadLetterIdHeader, errorHeader } from './rabbitmq-queues';
import { testAmqpUrl, useRabbitMq } from './rabbitmq-test-support';
import { orderDetailsValidated, waitFor } from './test-support';

const bed = useRabbitMq();
let proxy: FaultProxy;

beforeEach(async () => {
  proxy = await startFaultProxy(hostAndPort(testAmqpUrl));
});
afterEach(async () => {
  await proxy.close();
});

describe('RabbitMQ dead letters when the connection is cut mid-read', () => {
  it('loses none and keeps their order: what a reader held unacknowledged goes back to its place', async () => {
    const name = bed.consumer('dead.cut');
    const broker = await bed.broker({ url: throughProxy(testAmqpUrl, proxy) });
    await broker.declare([{ consumer: name, types: ['OrderDetailsValidated'] }]);
    const queue = consumerQueues(bed.exchange, name).deadLetter;
    const letters = Array.from({ length: 2000 }, orderDetailsValidated);
    for (const message of letters) {
      bed.admin().sendToQueue(queue, Buffer.from(JSON.stringify(message)), {
        messageId: message.id,
        type: message.type,
        headers: { [deadLetterIdHeader]: message.id, [errorHeader]: 'no chef' },
      });
    }
    const ready = async () => (await bed.admin().checkQueue(queue)).messageCount;
    await waitFor('every letter in the queue', async () => (await ready()) === letters.length);

    const listing = broker.listDeadLetters(name, { limit: 1000 }).then(
      () => 'listed',
      () => 'cut off',
    );
    // The reader holds some letters unacknowledged once fewer than all are ready: cut it off there.
    await waitFor('the reader to hold letters', async () => (await ready()) < letters.length);
    proxy.dropConnections();

    expect(await listing).toBe('cut off');
    await waitFor('every letter back in the queue', async () => (await ready()) === letters.length);
    await waitFor('the broker to reconnect', () => broker.status().connected);
    const after = await broker.listDeadLetters(name, { limit: 1000 });
    expect(after.count).toBe(letters.length);
    expect(after.letters.map((letter) => letter.id)).toEqual(letters.slice(0, 1000).map((message) => message.id));
    // Before the proxy closes (it waits for the connections through it).
    await broker.close();
  });
});
