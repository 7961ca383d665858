import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createBroker, type Broker } from '@tiffin/broker';
import { createLogger, type Logger } from '@tiffin/http-kit';
import { loadEnv, serviceNames, topology, type ServiceName, type TiffinEnv } from '@tiffin/topology';
import { loadServiceFactory, type AnyService, type ServiceInstances } from './service-factories';

export type { ServiceInstances } from './service-factories';

export interface StartServicesOptions<N extends ServiceName> {
  env?: NodeJS.ProcessEnv;
  /** Which services to run; all by default. */
  services?: readonly N[];
  /**
   * The broker all of them share; the host takes it over and closes it on stop(). Without one, the
   * host connects to TIFFIN_AMQP_URL, or makes an in-process broker journaled under
   * TIFFIN_DATA_DIR/broker when that is not set.
   */
  broker?: Broker;
  /**
   * The exchange the services' messages travel on when the host creates the broker; the topology's
   * by default. A RabbitMQ broker names its queues after it, so installations never share queues.
   */
  exchange?: string;
  /** 'ephemeral' listens on free ports (tests); 'topology' on each service's agreed port. */
  ports?: 'topology' | 'ephemeral';
  outboxPollMs?: number;
}

export interface RunningServices<N extends ServiceName> {
  /** Base URL each running service answers on, e.g. http://127.0.0.1:4102. */
  urls: Record<N, string>;
  services: Pick<ServiceInstances, N>;
  broker: Broker;
  /**
   * Starts a service that was left out, on the same broker: what was sent to it meanwhile waits in
   * its queue (tests of a participant that is down, then comes back). Stopped with the others.
   */
  startLater(name: ServiceName): Promise<{ url: string; service: AnyService }>;
  stop(): Promise<void>;
}

/** A browser or BFF cannot call 0.0.0.0; a wildcard bind is reached on loopback. */
export function urlOf(address: AddressInfo, bindHost: string): string {
  const host = bindHost === '0.0.0.0' || bindHost === '::' ? '127.0.0.1' : bindHost;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

/** RabbitMQ when configured, else the in-process broker journaled beside the services' databases. */
export function createHostBroker(
  config: TiffinEnv,
  logger: Logger,
  options: { exchange?: string } = {},
): Promise<Broker> {
  return createBroker({
    amqpUrl: config.TIFFIN_AMQP_URL,
    exchange: options.exchange ?? config.TIFFIN_AMQP_EXCHANGE,
    logger,
    // Beside the services' databases, so an outbox row marked published is not lost in a crash.
    journalDir: path.join(config.TIFFIN_DATA_DIR, 'broker'),
  });
}

/**
 * Runs the chosen services in this process around one shared broker, each on its own database and
 * HTTP port: the everyday way to run Tiffin's back end without RabbitMQ.
 */
export async function startServices<N extends ServiceName = ServiceName>(
  options: StartServicesOptions<N> = {},
): Promise<RunningServices<N>> {
  const env = options.env ?? process.env;
  const config = loadEnv(env);
  const chosen = new Set<ServiceName>(options.services ?? serviceNames);
  const logger: Logger = createLogger('service-host', env);
  const broker = options.broker ?? (await createHostBroker(config, logger, options));

  const started: { name: ServiceName; service: AnyService }[] = [];
  const stop = async () => {
    await Promise.all(started.map(({ service }) => service.app.close()));
    // Stop consuming and let handlers under way finish before their databases close.
    await broker.close();
    for (const { service } of [...started].reverse()) await service.stop();
  };

  const startOne = async (name: ServiceName): Promise<AnyService> => {
    const createService = await loadServiceFactory(name);
    const service = createService({ env, broker, outboxPollMs: options.outboxPollMs, logger: createLogger(name, env) });
    started.push({ name, service });
    await service.start();
    const port = options.ports === 'ephemeral' ? 0 : topology.services[name].port;
    await service.app.listen({ host: config.TIFFIN_BIND_HOST, port });
    return service;
  };

  try {
    // Any order works: each service declares every consumer's queue before its relay publishes.
    for (const name of serviceNames.filter((n) => chosen.has(n))) await startOne(name);
  } catch (error) {
    await stop().catch((stopError: unknown) => logger.error({ err: stopError }, 'cleanup after a failed start failed'));
    throw error;
  }

  const urls = Object.fromEntries(
    started.map(({ name, service }) => [name, urlOf(service.app.server.address() as AddressInfo, config.TIFFIN_BIND_HOST)]),
  ) as Record<N, string>;
  const services = Object.fromEntries(started.map(({ name, service }) => [name, service])) as Pick<ServiceInstances, N>;
  const startLater = async (name: ServiceName) => {
    const service = await startOne(name);
    return { url: urlOf(service.app.server.address() as AddressInfo, config.TIFFIN_BIND_HOST), service };
  };
  return { urls, services, broker, startLater, stop };
}
