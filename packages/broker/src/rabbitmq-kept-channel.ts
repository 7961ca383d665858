import type { Channel, ChannelModel } from 'amqplib';
import { backoffDelay, type Backoff } from './rabbitmq-backoff';
import type { RabbitMqLink } from './rabbitmq-link';
import type { BrokerLogger } from './logger';

export interface KeptChannelOptions<C extends Channel> {
  link: RabbitMqLink;
  /** Names the channel in logs, e.g. "publishing channel". */
  what: string;
  logger: BrokerLogger;
  backoff: Backoff;
  /** Opens the channel and sets it up (exchange, queues, consume); throws if it cannot. */
  open(connection: ChannelModel): Promise<C>;
  /** The channel is open and set up. */
  onOpen?(channel: C): void;
  /** The channel closed: anything waiting on it has already been failed by amqplib. */
  onClosed?(): void;
  /** Opening failed on a live connection; it is tried again after a backoff unless closed meanwhile. */
  onOpenFailed?(error: unknown): void;
}

export interface KeptChannel<C extends Channel> {
  /** The open channel, or undefined while it is being opened again. */
  readonly current: C | undefined;
  /** Closes the channel now and opens and sets it up again after a backoff (e.g. after a consumer was cancelled). */
  reopen(): void;
  close(): Promise<void>;
}

/**
 * A channel that is opened again whenever it closes while its connection lives (a channel error such
 * as a missing exchange), and on every new connection of the link. Retries back off like the link.
 */
export function keepChannel<C extends Channel>(options: KeptChannelOptions<C>): KeptChannel<C> {
  const { link, what, logger, backoff } = options;
  let current: C | undefined;
  let openingOn: ChannelModel | undefined;
  let failures = 0;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  function establish(connection: ChannelModel): void {
    if (closed || openingOn === connection || link.current !== connection) return;
    openingOn = connection;
    options.open(connection).then(
      (channel) => {
        if (openingOn === connection) openingOn = undefined;
        if (closed || link.current !== connection) {
          channel.close().catch(() => undefined);
          return;
        }
        failures = 0;
        current = channel;
        channel.on('error', (err: unknown) => logger.error({ err }, `RabbitMQ ${what} failed`));
        channel.on('close', () => {
          if (current === channel) {
            current = undefined;
            options.onClosed?.();
          }
          retryOn(connection);
        });
        options.onOpen?.(channel);
      },
      (err: unknown) => {
        if (openingOn === connection) openingOn = undefined;
        if (closed || link.current !== connection) return;
        logger.warn({ err, failures }, `could not open the RabbitMQ ${what}; will try again`);
        options.onOpenFailed?.(err);
        retryOn(connection);
      },
    );
  }

  /** A new connection brings its own establish(); only a channel lost on a live connection is retried here. */
  function retryOn(connection: ChannelModel): void {
    if (closed || link.current !== connection || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      establish(connection);
    }, backoffDelay(backoff, failures++));
  }

  link.onUp(establish);

  return {
    get current() {
      return current;
    },
    reopen() {
      const channel = current;
      if (!channel) return;
      // Its close event schedules the next establish().
      channel.close().catch(() => undefined);
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      const channel = current;
      current = undefined;
      await channel?.close().catch(() => undefined);
    },
  };
}
