import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeBrokerConformance } from './broker.conformance';
import { createEmbeddedBroker } from './embedded-broker';
import { orderDetailsValidated, waitFor } from './test-support';

describeBrokerConformance('embedded', async ({ logger, retryDelayMs }) => {
  const broker = createEmbeddedBroker({ logger, retryDelayMs });
  // Nothing outlives the process.
  return { broker, dispose: async () => {} };
});

describeBrokerConformance('embedded with a journal', async ({ logger, retryDelayMs }) => {
  const journalDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tiffin-broker-journal-'));
  const broker = createEmbeddedBroker({ logger, retryDelayMs, journalDir });
  return { broker, dispose: () => fs.rm(journalDir, { recursive: true, force: true }) };
});


describe('embedded broker', () => {
  it('never runs a handler inside the publisher\'s call', async () => {
    const broker = createEmbeddedBroker();
    let handled = 0;
    await broker.subscribe({ consumer: 'sync-check', types: ['OrderDetailsValidated'], handle: async () => void handled++ });

    const publishing = broker.publish(orderDetailsValidated());
    await publishing;
    await Promise.resolve();
    expect(handled).toBe(0);

    await waitFor('delivery', () => handled === 1);
    await broker.close();
  });

  it('keeps a failed message\'s details in its dead letters', async () => {
    const broker = createEmbeddedBroker({ retryDelayMs: 1, logger: { info() {}, warn() {}, error() {} } });
    const message = orderDetailsValidated();
    await broker.subscribe({
      consumer: 'dead-letter-details',
      types: ['OrderDetailsValidated'],
      maxAttempts: 2,
      handle: async () => {
        throw new Error('no courier');
      },
    });
    await broker.publish(message);

    await waitFor('the dead letter', () => broker.deadLetters('dead-letter-details').length > 0);
    expect(broker.deadLetters('dead-letter-details')).toEqual([
      { id: expect.any(String), reason: 'handler-failed', message, attempts: 2, error: 'no courier', deadAt: expect.any(String) },
    ]);
    expect(broker.deadLetters('nobody')).toEqual([]);
    await broker.close();
  });

  it('rejects a subscription that could never work, naming the field', async () => {
    const broker = createEmbeddedBroker();
    const handle = async () => {};
    await expect(broker.subscribe({ consumer: ' ', types: ['OrderApproved'], handle })).rejects.toThrow(/subscription.consumer/);
    await expect(broker.subscribe({ consumer: 'x', types: [], handle })).rejects.toThrow(/subscription.types/);
    await expect(broker.subscribe({ consumer: 'x', types: ['OrderApproved'], maxAttempts: 0, handle })).rejects.toThrow(
      /subscription.maxAttempts/,
    );
    await broker.close();
  });
});
