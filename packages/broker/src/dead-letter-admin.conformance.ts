import { expect, it } from 'vitest';
import type { Message } from '@tiffin/messages';
import type { Broker } from './broker';
import { orderDetailsValidated, pause, waitFor } from './test-support';

const types = ['OrderDetailsValidated'] as const;

/**
 * Listing, inspecting, replaying and discarding dead letters, registered inside the broker
 * conformance suite so every implementation (and the thread port) passes the same tests.
 */
export function describeDeadLetterAdmin(suite: { start: () => Promise<{ broker: Broker }>; consumer: (label: string) => string }): void {
  const { start, consumer } = suite;

  /** A consumer whose handler fails (twice, then dead-letters) until `heal` is called; it records what it handled. */
  async function failingConsumer(broker: Broker, name: string) {
    const handled: Message[] = [];
    let attempts = 0;
    let healed = false;
    await broker.subscribe({
      consumer: name,
      types,
      maxAttempts: 2,
      handle: async (message) => {
        attempts++;
        if (!healed) throw new Error('no chef');
        handled.push(message);
      },
    });
    return {
      handled,
      attempts: () => attempts,
      heal: () => void (healed = true),
      /** Publishes a message and waits until it is the consumer's `count`th dead letter. */
      async kill(count: number): Promise<Message> {
        const message = orderDetailsValidated();
        await broker.publish(message);
        await waitFor(`dead letter ${count}`, async () => (await broker.listDeadLetters(name)).count === count);
        return message;
      },
    };
  }

  it('lists a consumer’s dead letters oldest first, with the count, type, message id, reason, attempts and when', async () => {
    const { broker } = await start();
    const name = consumer('dead.listed');
    const kitchen = await failingConsumer(broker, name);
    const before = new Date().toISOString();
    const poison = [await kitchen.kill(1), await kitchen.kill(2), await kitchen.kill(3)];

    const listed = await broker.listDeadLetters(name);
    expect(listed.consumer).toBe(name);
    expect(listed.count).toBe(3);
    expect(listed.letters.map((letter) => letter.messageId)).toEqual(poison.map((m) => m.id));
    for (const letter of listed.letters) {
      expect(letter).toEqual({
        id: expect.any(String),
        messageId: expect.any(String),
        type: 'OrderDetailsValidated',
        reason: 'handler-failed',
        attempts: 2,
        error: 'no chef',
        deadAt: expect.any(String),
      });
      expect(letter.deadAt >= before).toBe(true);
    }
    expect(new Set(listed.letters.map((letter) => letter.id)).size).toBe(3);

    // Listing leaves them where they are, in the same order, under the same ids.
    expect(await broker.listDeadLetters(name)).toEqual(listed);
    expect(await broker.listDeadLetters(name, { limit: 2 })).toEqual({ ...listed, letters: listed.letters.slice(0, 2) });
    expect(await broker.listDeadLetters(consumer('dead.nobody'))).toEqual({ consumer: consumer('dead.nobody'), count: 0, letters: [] });
  });

  it('inspects one dead letter: the whole message as the consumer received it', async () => {
    const { broker } = await start();
    const name = consumer('dead.inspected');
    const kitchen = await failingConsumer(broker, name);
    const message = { ...(await kitchen.kill(1)) };
    const [letter] = (await broker.listDeadLetters(name)).letters;

    const detail = await broker.inspectDeadLetter(name, letter!.id);
    expect(detail).toEqual({ ...letter, body: expect.any(String) });
    expect(JSON.parse(detail!.body)).toEqual(message);
    expect(await broker.inspectDeadLetter(name, 'no-such-letter')).toBeUndefined();
    expect(await broker.inspectDeadLetter(consumer('dead.nobody'), letter!.id)).toBeUndefined();
    expect((await broker.listDeadLetters(name)).count).toBe(1);
  });

  it('replays one dead letter to its own consumer only, which handles it again, and it leaves the dead letters', async () => {
    const { broker } = await start();
    const name = consumer('dead.replayed');
    const bystander: string[] = [];
    await broker.subscribe({ consumer: consumer('dead.bystander'), types, handle: async (m) => void bystander.push(m.id) });
    const kitchen = await failingConsumer(broker, name);
    const [first, second] = [await kitchen.kill(1), await kitchen.kill(2)];
    await waitFor('the bystander', () => bystander.length === 2);
    const [letter, other] = (await broker.listDeadLetters(name)).letters;

    kitchen.heal();
    expect(await broker.replayDeadLetter(name, letter!.id)).toBe(true);

    await waitFor('the replayed message', () => kitchen.handled.length > 0);
    expect(kitchen.handled).toEqual([first]);
    expect(await broker.listDeadLetters(name)).toEqual({ consumer: name, count: 1, letters: [other] });
    expect(await broker.replayDeadLetter(name, letter!.id)).toBe(false);
    expect(await broker.replayDeadLetter(name, 'no-such-letter')).toBe(false);
    await pause(200);
    expect(kitchen.handled.map((m) => m.id)).toEqual([first.id]);
    expect(bystander).toEqual([first.id, second.id]);
  });

  it('discards one dead letter: it is gone and never handled again', async () => {
    const { broker } = await start();
    const name = consumer('dead.discarded');
    const kitchen = await failingConsumer(broker, name);
    await kitchen.kill(1);
    const kept = await kitchen.kill(2);
    const [letter, other] = (await broker.listDeadLetters(name)).letters;
    const attempts = kitchen.attempts();

    expect(await broker.discardDeadLetter(name, letter!.id)).toBe(true);

    expect(await broker.listDeadLetters(name)).toEqual({ consumer: name, count: 1, letters: [other] });
    expect(other!.messageId).toBe(kept.id);
    expect(await broker.inspectDeadLetter(name, letter!.id)).toBeUndefined();
    expect(await broker.discardDeadLetter(name, letter!.id)).toBe(false);
    await pause(200);
    expect(kitchen.attempts()).toBe(attempts);
  });
}
