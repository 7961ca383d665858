import amqp, { type ChannelModel } from 'amqplib';
import { backoffDelay, type Backoff } from './rabbitmq-backoff';
import type { BrokerLogger } from './logger';

/**
 * One connection to RabbitMQ that comes back: when it drops, the link connects again with capped,
 * jittered backoff and tells its listeners, who open their channels on the new connection.
 */
export interface RabbitMqLink {
  /** The live connection, or undefined while RabbitMQ cannot be reached. */
  readonly current: ChannelModel | undefined;
  /** Called with each new connection, the first one included if it is already up. */
  onUp(listener: (connection: ChannelModel) => void): void;
  onDown(listener: () => void): void;
  close(): Promise<void>;
}

export interface RabbitMqLinkOptions {
  url: string;
  logger: BrokerLogger;
  /** Names the link in logs. */
  exchange: string;
  backoff: Backoff;
  /** Seconds of silence after which RabbitMQ and we each count the connection dead. */
  heartbeatSeconds: number;
}

/** Connects once and rejects if RabbitMQ cannot be reached now; afterwards it reconnects by itself. */
export async function openRabbitMqLink(options: RabbitMqLinkOptions): Promise<RabbitMqLink> {
  const { logger, exchange, backoff } = options;
  const upListeners: ((connection: ChannelModel) => void)[] = [];
  const downListeners: (() => void)[] = [];
  let current: ChannelModel | undefined;
  let closing = false;
  let failures = 0;
  let lostAt = 0;
  let timer: NodeJS.Timeout | undefined;

  function connect(): Promise<ChannelModel> {
    // Without noDelay, Nagle's algorithm holds each small frame until the previous one is acknowledged:
    // about 40 ms per publish or ack on Linux, which was most of an order's latency.
    // A connection attempt into a silent network gives up after a few seconds and is tried again.
    return amqp.connect(withHeartbeat(options.url, options.heartbeatSeconds), { noDelay: true, timeout: 5_000 });
  }

  function adopt(connection: ChannelModel): void {
    current = connection;
    connection.on('error', (err: unknown) => logger.error({ exchange, err }, 'RabbitMQ connection error'));
    connection.on('blocked', (reason: unknown) =>
      logger.warn({ exchange, reason }, 'RabbitMQ is blocking publishers (resource alarm)'),
    );
    connection.on('close', (err: unknown) => {
      if (current !== connection) return;
      current = undefined;
      if (closing) return;
      lostAt = Date.now();
      logger.error({ exchange, err }, 'RabbitMQ connection lost; reconnecting');
      for (const listener of downListeners) listener();
      scheduleReconnect();
    });
  }

  function scheduleReconnect(): void {
    const delay = backoffDelay(backoff, failures);
    timer = setTimeout(() => void reconnect(), delay);
  }

  async function reconnect(): Promise<void> {
    timer = undefined;
    if (closing) return;
    let connection: ChannelModel;
    try {
      connection = await connect();
    } catch (err) {
      failures++;
      logger.warn({ exchange, err, failures }, 'RabbitMQ still unreachable; will try again');
      scheduleReconnect();
      return;
    }
    if (closing) {
      await connection.close().catch(() => undefined);
      return;
    }
    failures = 0;
    adopt(connection);
    logger.info({ exchange, downMs: Date.now() - lostAt }, 'RabbitMQ connection restored');
    for (const listener of upListeners) listener(connection);
  }

  adopt(await connect());

  return {
    get current() {
      return current;
    },
    onUp(listener) {
      upListeners.push(listener);
      if (current) listener(current);
    },
    onDown(listener) {
      downListeners.push(listener);
    },
    async close() {
      closing = true;
      clearTimeout(timer);
      const connection = current;
      current = undefined;
      await connection?.close().catch((err: unknown) => logger.warn({ exchange, err }, 'RabbitMQ close failed'));
    },
  };
}

/** amqplib reads the heartbeat only from the URL; one the operator put there wins. */
function withHeartbeat(url: string, seconds: number): string {
  const parsed = new URL(url);
  if (!parsed.searchParams.has('heartbeat')) parsed.searchParams.set('heartbeat', String(seconds));
  return parsed.toString();
}
