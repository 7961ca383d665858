import { afterEach, describe, expect, it } from 'vitest';
import type { Message } from '@tiffin/messages';
import type { Broker } from './broker';
import type { BrokerLogger } from './logger';
import { describeDeadLetterAdmin } from './dead-letter-admin.conformance';
import { gate, orderDetailsRejected, orderDetailsValidated, pause, recordingLogger, waitFor } from './test-support';

/** Retry delay the implementations are built with here, so retry tests take milliseconds. */
export const conformanceRetryDelayMs = 30;

export interface BrokerUnderTest {
  broker: Broker;
  /** Removes what the broker declared for this test; called after the broker is closed. */
  dispose(): Promise<void>;
}

export type BrokerFactory = (options: { logger: BrokerLogger; retryDelayMs: number }) => Promise<BrokerUnderTest>;

/** How long to wait before concluding that something was not delivered. */
const quietMs = 200;

/**
 * The behaviour every Broker must have, registered once per implementation so the in-process broker
 * and RabbitMQ cannot drift apart.
 */
export function describeBrokerConformance(name: string, create: BrokerFactory): void {
  describe(`${name}: Broker conformance`, () => {
    const run = crypto.randomUUID().slice(0, 8);
    let underTest: BrokerUnderTest | undefined;
    let log = recordingLogger();

    async function start(): Promise<BrokerUnderTest> {
      log = recordingLogger();
      underTest = await create({ logger: log.logger, retryDelayMs: conformanceRetryDelayMs });
      return underTest;
    }

    const consumer = (label: string) => `broker-test.${run}.${label}`;

    afterEach(async () => {
      await underTest?.broker.close();
      await underTest?.dispose();
      underTest = undefined;
    });

    it('delivers a copy of each message to every consumer subscribed to its type', async () => {
      const { broker } = await start();
      const kitchen: string[] = [];
      const delivery: string[] = [];
      await broker.subscribe({ consumer: consumer('fan-out.kitchen'), types: ['OrderDetailsValidated'], handle: async (m) => void kitchen.push(m.id) });
      await broker.subscribe({ consumer: consumer('fan-out.delivery'), types: ['OrderDetailsValidated'], handle: async (m) => void delivery.push(m.id) });

      const message = orderDetailsValidated();
      await broker.publish(message);

      await waitFor('both consumers', () => kitchen.length > 0 && delivery.length > 0);
      await pause(quietMs);
      expect(kitchen).toEqual([message.id]);
      expect(delivery).toEqual([message.id]);
    });

    it('hands the received message over intact, validated against the contract', async () => {
      const { broker } = await start();
      const received: Message[] = [];
      await broker.subscribe({ consumer: consumer('intact'), types: ['OrderDetailsRejected'], handle: async (m) => void received.push(m) });

      const message = { ...orderDetailsRejected(), correlationId: 'checkout-42', traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' };
      await broker.publish(message);

      await waitFor('the message', () => received.length > 0);
      expect(received[0]).toEqual(message);
      expect(received[0]).not.toBe(message);
    });

    it('shares one queue between subscribers with the same consumer name (competing consumers)', async () => {
      const { broker } = await start();
      const first: string[] = [];
      const second: string[] = [];
      const slowly = (into: string[]) => async (m: Message) => {
        await pause(20);
        into.push(m.id);
      };
      await broker.subscribe({ consumer: consumer('competing'), types: ['OrderDetailsValidated'], handle: slowly(first) });
      await broker.subscribe({ consumer: consumer('competing'), types: ['OrderDetailsValidated'], handle: slowly(second) });

      const messages = Array.from({ length: 6 }, orderDetailsValidated);
      for (const message of messages) await broker.publish(message);

      await waitFor('all six messages', () => first.length + second.length >= 6);
      await pause(quietMs);
      expect([...first, ...second].sort()).toEqual(messages.map((m) => m.id).sort());
      expect(first.length).toBeGreaterThan(0);
      expect(second.length).toBeGreaterThan(0);
    });

    it('does not deliver message types the consumer did not subscribe to', async () => {
      const { broker } = await start();
      const received: string[] = [];
      await broker.subscribe({ consumer: consumer('only-validated'), types: ['OrderDetailsValidated'], handle: async (m) => void received.push(m.type) });

      // No queue takes this type: RabbitMQ refuses it (mandatory), the in-process broker drops it.
      await broker.publish(orderDetailsRejected()).catch(() => undefined);
      await broker.publish(orderDetailsValidated());

      await waitFor('the subscribed message', () => received.length > 0);
      await pause(quietMs);
      expect(received).toEqual(['OrderDetailsValidated']);
    });

    it('never delivers a message published before any consumer declared a queue for its type', async () => {
      const { broker } = await start();
      const early = orderDetailsValidated();
      // Refused by RabbitMQ (so an outbox keeps it), dropped by the in-process broker; delivered by neither.
      await broker.publish(early).catch(() => undefined);
      const received: string[] = [];
      await broker.subscribe({ consumer: consumer('late'), types: ['OrderDetailsValidated'], handle: async (m) => void received.push(m.id) });

      const later = orderDetailsValidated();
      await broker.publish(later);

      await waitFor('the later message', () => received.length > 0);
      await pause(quietMs);
      expect(received).toEqual([later.id]);
    });

    it('keeps messages published after a queue is declared until its consumer subscribes', async () => {
      const { broker } = await start();
      const name = consumer('declared-early');
      await broker.declare([{ consumer: name, types: ['OrderDetailsValidated'] }]);
      const early = orderDetailsValidated();
      await broker.publish(early);
      expect(broker.status().consumers).toEqual([]);

      const received: string[] = [];
      await broker.subscribe({ consumer: name, types: ['OrderDetailsValidated'], handle: async (m) => void received.push(m.id) });

      await waitFor('the early message', () => received.length > 0);
      expect(received).toEqual([early.id]);
      expect(broker.status()).toEqual({ connected: true, consumers: [{ consumer: name, consuming: true }] });
    });

    it('processes messages published while the handler is busy, one at a time and in order', async () => {
      const { broker } = await start();
      const held = gate();
      const handled: string[] = [];
      let running = 0;
      let mostAtOnce = 0;
      await broker.subscribe({
        consumer: consumer('busy'),
        types: ['OrderDetailsValidated'],
        handle: async (m) => {
          running++;
          mostAtOnce = Math.max(mostAtOnce, running);
          if (handled.length === 0) await held.wait;
          handled.push(m.id);
          running--;
        },
      });

      const messages = Array.from({ length: 5 }, orderDetailsValidated);
      await broker.publish(messages[0]!);
      await waitFor('the first handler to start', () => running === 1);
      for (const message of messages.slice(1)) await broker.publish(message);
      await pause(50);
      expect(handled).toEqual([]);
      held.open();

      await waitFor('all five messages', () => handled.length >= 5);
      expect(handled).toEqual(messages.map((m) => m.id));
      expect(mostAtOnce).toBe(1);
    });

    it('acknowledges only after the handler succeeds: a handler that fails twice sees the message a third time', async () => {
      const broker = (await start()).broker;
      const name = consumer('flaky');
      let attempts = 0;
      const processed: string[] = [];
      await broker.subscribe({
        consumer: name,
        types: ['OrderDetailsValidated'],
        handle: async (m) => {
          attempts++;
          if (attempts <= 2) throw new Error('database busy');
          processed.push(m.id);
        },
      });

      const message = orderDetailsValidated();
      await broker.publish(message);

      await waitFor('the message to be processed', () => processed.length > 0);
      await pause(quietMs);
      expect(attempts).toBe(3);
      expect(processed).toEqual([message.id]);
      expect(await broker.listDeadLetters(name)).toEqual({ consumer: name, count: 0, letters: [] });
      expect(log.entries.filter((e) => e.level === 'warn' && e.msg.includes('retry'))).toHaveLength(2);
    });

    it('tells the handler which attempt each delivery is, so it knows when a failure is the last', async () => {
      const { broker } = await start();
      const attempts: number[] = [];
      await broker.subscribe({
        consumer: consumer('counted'),
        types: ['OrderDetailsValidated'],
        maxAttempts: 3,
        handle: async (_m, delivery) => {
          attempts.push(delivery!.attempt);
          throw new Error('still failing');
        },
      });
      await broker.publish(orderDetailsValidated());
      await waitFor('the dead letter', async () => (await broker.listDeadLetters(consumer('counted'))).count > 0);
      expect(attempts).toEqual([1, 2, 3]);
    });

    it('counts the messages waiting for a consumer and the dead letters it holds', async () => {
      const { broker } = await start();
      const waiting = consumer('lagging');
      await broker.declare([{ consumer: waiting, types: ['OrderDetailsValidated'] }]);
      for (let i = 0; i < 3; i++) await broker.publish(orderDetailsValidated());
      await waitFor('three waiting', async () => (await broker.queueDepths([waiting]))[0]!.waiting === 3);
      expect(await broker.queueDepths([waiting, consumer('never-declared')])).toEqual([
        { consumer: waiting, waiting: 3, deadLetters: 0 },
        { consumer: consumer('never-declared'), waiting: 0, deadLetters: 0 },
      ]);

      await broker.subscribe({ consumer: waiting, types: ['OrderDetailsValidated'], maxAttempts: 1, handle: async () => Promise.reject(new Error('no')) });
      await waitFor('all three dead', async () => (await broker.queueDepths([waiting]))[0]!.deadLetters === 3);
      expect(await broker.queueDepths([waiting])).toEqual([{ consumer: waiting, waiting: 0, deadLetters: 3 }]);
    });

    it('moves a message to the dead letters after maxAttempts failures, logs it, and moves on', async () => {
      const { broker } = await start();
      const deadLetters = async (name: string) => (await broker.listDeadLetters(name)).letters;
      const name = consumer('hopeless');
      const attempts: string[] = [];
      const processed: string[] = [];
      const poison = orderDetailsValidated();
      await broker.subscribe({
        consumer: name,
        types: ['OrderDetailsValidated'],
        maxAttempts: 3,
        handle: async (m) => {
          if (m.id !== poison.id) return void processed.push(m.id);
          attempts.push(m.id);
          throw new Error('restaurant unknown');
        },
      });

      await broker.publish(poison);
      const healthy = orderDetailsValidated();
      await broker.publish(healthy);

      await waitFor('the dead letter', async () => (await deadLetters(name)).length > 0);
      await pause(quietMs);
      expect(attempts).toHaveLength(3);
      expect(processed).toEqual([healthy.id]);
      const dead = await deadLetters(name);
      expect(dead).toHaveLength(1);
      expect(dead[0]).toMatchObject({ messageId: poison.id, reason: 'handler-failed', attempts: 3, error: expect.stringContaining('restaurant unknown') });
      expect(log.entries).toContainEqual(expect.objectContaining({ level: 'error', obj: expect.objectContaining({ consumer: name, messageId: poison.id }) }));
    });

    it('sends a message that breaks the contract straight to the dead letters without calling the handler', async () => {
      const { broker } = await start();
      const deadLetters = async (name: string) => (await broker.listDeadLetters(name)).letters;
      const name = consumer('malformed');
      const handled: string[] = [];
      await broker.subscribe({ consumer: name, types: ['OrderDetailsValidated'], handle: async (m) => void handled.push(m.id) });

      const broken = { ...orderDetailsValidated(), payload: { orderId: 'not-a-uuid' } };
      await broker.publish(broken);

      await waitFor('the dead letter', async () => (await deadLetters(name)).length > 0);
      expect(handled).toEqual([]);
      const dead = await deadLetters(name);
      expect(dead).toEqual([
        expect.objectContaining({ messageId: broken.id, type: broken.type, reason: 'malformed', error: expect.stringContaining('payload.orderId') }),
      ]);
      const detail = await broker.inspectDeadLetter(name, dead[0]!.id);
      expect(JSON.parse(detail!.body)).toEqual(broken);
    });

    describeDeadLetterAdmin({ start, consumer });

    it('close waits for the handler under way, then stops delivery and refuses to publish', async () => {
      const { broker } = await start();
      const held = gate();
      const started: string[] = [];
      const finished: string[] = [];
      await broker.subscribe({
        consumer: consumer('closing'),
        types: ['OrderDetailsValidated'],
        handle: async (m) => {
          started.push(m.id);
          await held.wait;
          finished.push(m.id);
        },
      });

      const [first, second] = [orderDetailsValidated(), orderDetailsValidated()];
      await broker.publish(first);
      await broker.publish(second);
      await waitFor('the first handler', () => started.length === 1);

      let closed = false;
      const closing = broker.close().then(() => (closed = true));
      await pause(50);
      expect(closed).toBe(false);
      held.open();
      await closing;

      expect(finished).toEqual([first.id]);
      await pause(quietMs);
      expect(started).toEqual([first.id]);
      await expect(broker.publish(orderDetailsValidated())).rejects.toThrow(/closed/);
    });
  });
}
