import { createHash } from 'node:crypto';
import type { Channel, GetMessage } from 'amqplib';
import { checkedListLimit, identityInBody, type DeadLetterAdmin, type DeadLetterDetail, type DeadLetterSummary } from './dead-letter';
import { propertiesOfCopy } from './rabbitmq-copy';
import type { RabbitMqLink } from './rabbitmq-link';
import type { RabbitMqPublisher } from './rabbitmq-publisher';
import { attemptHeader, consumerQueues, deadAtHeader, deadLetterIdHeader, deadReasonHeader, deathHeaders, errorHeader } from './rabbitmq-queues';
import { decodeMessage } from './wire';

/**
 * A consumer's dead-letter queue read and changed with plain AMQP, no management plugin: messages are
 * taken with basic.get and left unacknowledged, so closing the channel puts every one back in its
 * place, also when this process dies half-way. Only the letter acted on is acknowledged: discarded
 * at once, replayed only after RabbitMQ confirmed its copy in the work queue, so a crash in between
 * leaves it both replayed and still dead (the consumer's inbox absorbs the second delivery), never lost.
 *
 * While one call holds letters unacknowledged, a call from another process does not see them; calls
 * of this broker client take turns.
 */
export function rabbitMqDeadLetters(options: {
  link: RabbitMqLink;
  publisher: RabbitMqPublisher;
  exchange: string;
  isClosing: () => boolean;
}): DeadLetterAdmin {
  const { link, publisher, exchange } = options;
  let turn: Promise<unknown> = Promise.resolve();

  /** Runs `read` on a channel of its own, if the consumer's dead-letter queue exists; closing it returns what was not acknowledged. */
  function onDeadLetterQueue<T>(consumer: string, absent: T, read: (channel: Channel, queue: string) => Promise<T>): Promise<T> {
    const run = async () => {
      if (options.isClosing()) throw new Error('broker is closed');
      const connection = link.current;
      if (!connection) throw new Error('not connected to RabbitMQ; dead letters cannot be read now');
      const queue = consumerQueues(exchange, consumer).deadLetter;
      const channel = await connection.createChannel();
      channel.on('error', () => undefined);
      try {
        try {
          await channel.checkQueue(queue);
        } catch (err) {
          // RabbitMQ answers a queue that does not exist with 404, closing the channel.
          if ((err as { code?: number }).code === 404) return absent;
          throw err;
        }
        return await read(channel, queue);
      } finally {
        await channel.close().catch(() => undefined);
      }
    };
    const result = turn.then(run, run);
    turn = result.catch(() => undefined);
    return result;
  }

  /** Takes letters off the queue, unacknowledged, until the one named `id`; undefined if it is not there. */
  async function find(channel: Channel, queue: string, id: string): Promise<GetMessage | undefined> {
    for (;;) {
      const letter = await channel.get(queue, { noAck: false });
      if (!letter) return undefined;
      if (idOf(letter) === id) return letter;
    }
  }

  return {
    listDeadLetters(consumer, listOptions = {}) {
      const limit = checkedListLimit(listOptions.limit);
      return onDeadLetterQueue(consumer, { consumer, count: 0, letters: [] }, async (channel, queue) => {
        const { messageCount } = await channel.checkQueue(queue);
        const letters: DeadLetterSummary[] = [];
        while (letters.length < limit) {
          const letter = await channel.get(queue, { noAck: false });
          if (!letter) break;
          letters.push(summaryOf(letter));
        }
        return { consumer, count: messageCount, letters };
      });
    },

    inspectDeadLetter(consumer, id) {
      return onDeadLetterQueue<DeadLetterDetail | undefined>(consumer, undefined, async (channel, queue) => {
        const letter = await find(channel, queue, id);
        return letter && { ...summaryOf(letter), body: letter.content.toString('utf8') };
      });
    },

    replayDeadLetter(consumer, id) {
      return onDeadLetterQueue(consumer, false, async (channel, queue) => {
        const letter = await find(channel, queue, id);
        if (!letter) return false;
        const headers = { ...letter.properties.headers };
        for (const header of deathHeaders) delete headers[header];
        // Mandatory: if the work queue is gone, the copy is refused and the letter stays dead.
        await publisher.publish('', consumerQueues(exchange, consumer).work, letter.content, {
          ...propertiesOfCopy(letter.properties, headers),
          mandatory: true,
        });
        channel.ack(letter);
        return true;
      });
    },

    discardDeadLetter(consumer, id) {
      return onDeadLetterQueue(consumer, false, async (channel, queue) => {
        const letter = await find(channel, queue, id);
        if (!letter) return false;
        channel.ack(letter);
        return true;
      });
    },
  };
}

/**
 * The id the consumer gave the letter; letters dead-lettered before ids existed are named by a hash
 * of when they died and what they carry, which stays the same each time they are read.
 */
function idOf(letter: GetMessage): string {
  const given = letter.properties.headers?.[deadLetterIdHeader];
  if (typeof given === 'string' && given !== '') return given;
  const hash = createHash('sha256').update(String(letter.properties.headers?.[deadAtHeader] ?? '')).update('\u0000').update(letter.content);
  return hash.digest('hex').slice(0, 32);
}

function summaryOf(letter: GetMessage): DeadLetterSummary {
  const { properties } = letter;
  const header = (name: string): unknown => properties.headers?.[name];
  const body = letter.content.toString('utf8');
  const inBody = identityInBody(body);
  const attempts = Number(header(attemptHeader));
  const reason = header(deadReasonHeader);
  return {
    id: idOf(letter),
    messageId: typeof properties.messageId === 'string' ? properties.messageId : inBody.messageId,
    type: typeof properties.type === 'string' ? properties.type : inBody.type,
    reason: reason === 'malformed' || reason === 'handler-failed' ? reason : decodeMessage(body).ok ? 'handler-failed' : 'malformed',
    attempts: Number.isInteger(attempts) && attempts >= 1 ? attempts : 1,
    error: String(header(errorHeader) ?? ''),
    deadAt: String(header(deadAtHeader) ?? ''),
  };
}
