import type { ConfirmChannel, ConsumeMessage, Options } from 'amqplib';
import type { Backoff } from './rabbitmq-backoff';
import { keepChannel } from './rabbitmq-kept-channel';
import type { RabbitMqLink } from './rabbitmq-link';
import type { BrokerLogger } from './logger';

export interface RabbitMqPublisher {
  readonly ready: boolean;
  /**
   * Resolves once RabbitMQ confirmed the message; with `mandatory`, only if it was also routed to at
   * least one queue. Rejects at once while the channel is down, and when a mandatory message was
   * returned unroutable, so the caller (the outbox) keeps it and tries again rather than believing it
   * delivered.
   */
  publish(exchange: string, routingKey: string, content: Buffer, options: Options.Publish & { mandatory: boolean }): Promise<void>;
  close(): Promise<void>;
}

export class UnroutableMessageError extends Error {
  constructor(exchange: string, routingKey: string) {
    super(`no queue is bound for "${routingKey}" on exchange "${exchange || '(default)'}"; the message was returned`);
    this.name = 'UnroutableMessageError';
  }
}

/** The broker's confirm channel, declaring `exchange` each time it opens. */
export function startRabbitMqPublisher(options: {
  link: RabbitMqLink;
  exchange: string;
  logger: BrokerLogger;
  backoff: Backoff;
}): RabbitMqPublisher {
  const { exchange } = options;
  // Per channel: RabbitMQ sends basic.return before the basic.ack of the same message on that channel,
  // so by the time a confirm callback runs its return, if any, has been counted here.
  let returned = new Map<string, number>();

  const channel = keepChannel<ConfirmChannel>({
    link: options.link,
    what: 'publishing channel',
    logger: options.logger,
    backoff: options.backoff,
    async open(connection) {
      const opened = await connection.createConfirmChannel();
      opened.on('error', () => undefined);
      await opened.assertExchange(exchange, 'topic', { durable: true });
      return opened;
    },
    onOpen(opened) {
      const returns = new Map<string, number>();
      returned = returns;
      opened.on('return', (message: ConsumeMessage) => {
        const key = returnKey(message.fields.exchange, message.fields.routingKey, message.properties.messageId);
        returns.set(key, (returns.get(key) ?? 0) + 1);
      });
    },
  });

  return {
    get ready() {
      return channel.current !== undefined;
    },
    publish(toExchange, routingKey, content, publishOptions) {
      const open = channel.current;
      if (!open) return Promise.reject(new Error('not connected to RabbitMQ; the message was not sent'));
      const returns = returned;
      const key = returnKey(toExchange, routingKey, publishOptions.messageId);
      return new Promise<void>((resolve, reject) => {
        try {
          open.publish(toExchange, routingKey, content, publishOptions, (err) => {
            if (err) return reject(err instanceof Error ? err : new Error(String(err)));
            const count = returns.get(key) ?? 0;
            if (count === 0) return resolve();
            if (count === 1) returns.delete(key);
            else returns.set(key, count - 1);
            reject(new UnroutableMessageError(toExchange, routingKey));
          });
        } catch (err) {
          // amqplib throws at once when the channel closed between our check and the write.
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      });
    },
    close: () => channel.close(),
  };
}

function returnKey(exchange: string, routingKey: string, messageId: string | undefined): string {
  return `${exchange}\u0000${routingKey}\u0000${messageId ?? ''}`;
}
