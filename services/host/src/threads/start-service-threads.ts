import { Worker } from 'node:worker_threads';
import { createLogger } from '@tiffin/http-kit';
import { loadEnv, serviceNames, type ServiceName } from '@tiffin/topology';
import { createHostBroker } from '../host';
import { serveBroker } from './serve-broker';
import type { ServiceThreadData, ServiceThreadReport } from './service-thread';
import type { Rpc } from './rpc-port';

export interface RunningServiceThreads {
  urls: Record<ServiceName, string>;
  stop(): Promise<void>;
}

export interface StartServiceThreadsOptions {
  env?: NodeJS.ProcessEnv;
  ports?: 'topology' | 'ephemeral';
  /** A service thread died: the host cannot go on as it is. (A dropped RabbitMQ connection is reconnected.) */
  onFatal?: (error: unknown) => void;
  /** Hears each stage of each service's start, for whoever waits to say what for. */
  onStep?: (service: ServiceName, what: string) => void;
}

interface ServiceThread {
  name: ServiceName;
  worker: Worker;
  rpc: Rpc;
}

const threadEntry = new URL('./service-thread-entry.mjs', import.meta.url);

/**
 * Every service on a worker thread of its own around one broker on this thread: the everyday way to
 * run Tiffin's back end without RabbitMQ, using every core (one event loop was the ceiling before).
 */
export async function startServiceThreads(options: StartServiceThreadsOptions = {}): Promise<RunningServiceThreads> {
  const env = options.env ?? process.env;
  const config = loadEnv(env);
  const logger = createLogger('service-host', env);
  const broker = await createHostBroker(config, logger);
  const threads: ServiceThread[] = [];
  let stopping = false;

  const stop = async () => {
    stopping = true;
    await Promise.all(threads.map(({ rpc }) => rpc.call('closeHttp', undefined)));
    // Stop delivering and let handlers under way finish before the threads close their databases.
    await broker.close();
    await Promise.all(threads.map(({ rpc }) => rpc.call('stop', undefined)));
    await Promise.all(threads.map(({ worker }) => worker.terminate()));
  };

  function startThread(name: ServiceName): Promise<string> {
    const worker = new Worker(threadEntry, {
      workerData: { name, env, ports: options.ports ?? 'topology' } satisfies ServiceThreadData,
      env,
    });
    const rpc = serveBroker(broker, worker);
    threads.push({ name, worker, rpc });
    return new Promise<string>((resolve, reject) => {
      worker.on('message', (report: ServiceThreadReport | object) => {
        if ('step' in report) options.onStep?.(name, report.step);
        if ('ready' in report) resolve(report.ready);
        if ('failed' in report) reject(new Error(`the ${name} service could not start: ${report.failed}`));
      });
      worker.on('error', (error) => {
        logger.fatal({ err: error, service: name }, 'service thread failed');
        reject(error);
        if (!stopping) options.onFatal?.(error);
      });
      worker.on('exit', (code) => {
        rpc.abandon(new Error(`the ${name} service thread exited (${code})`));
        if (!stopping) {
          reject(new Error(`the ${name} service thread exited (${code}) before it was ready`));
          options.onFatal?.(new Error(`the ${name} service thread exited (${code})`));
        }
      });
    });
  }

  try {
    // Any order, and all at once: each declares every consumer's queue before its relay publishes.
    const urls = await Promise.all(serviceNames.map(startThread));
    return { urls: Object.fromEntries(serviceNames.map((name, index) => [name, urls[index]!])) as Record<ServiceName, string>, stop };
  } catch (error) {
    stopping = true;
    await Promise.all(threads.map(({ worker }) => worker.terminate()));
    await broker.close();
    throw error;
  }
}
