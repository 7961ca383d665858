import { loadEnv, topology } from '@tiffin/topology';
import { assertBuilt, buildAll } from './build';
import { sayToConsole, seconds, type Say } from './console';
import { Fleet, type Crash } from './fleet';
import { buildTargets, portsToClaim, startStages, type Backend } from './plan';
import { rabbitMqEnv } from './rabbitmq-backend';
import { replicaStages } from './replicas';
import { publishSlices } from './publishSlices';
import { assertPortsFree, waitUntilAnswering } from './wait';

export interface LaunchOptions {
  /** Use the existing dist folders instead of running `vite build`. */
  skipBuild?: boolean;
  env?: NodeJS.ProcessEnv;
  say?: Say;
  /** Aborting stops whatever has started so far; the launch then rejects with `LaunchAborted`. */
  signal?: AbortSignal;
  /** Embedded by default; `rabbitmq` runs each service as a process of its own on RabbitMQ and PostgreSQL. */
  backend?: Backend;
  /** Instances of every service, BFF and edge behind HAProxy (on RabbitMQ and PostgreSQL); one by default. */
  replicas?: number;
}

export interface RunningTiffin {
  /** Where a browser opens Tiffin, e.g. http://localhost:8080 */
  url: string;
  /** Settles if a process dies while Tiffin runs. */
  crashed: Promise<Crash>;
  stop(): Promise<void>;
}

export class LaunchAborted extends Error {
  constructor() {
    super('start-up was interrupted');
    this.name = 'LaunchAborted';
  }
}

function whenAborted(signal: AbortSignal | undefined): Promise<never> {
  const aborted = new Promise<never>((_, reject) => {
    if (signal?.aborted) reject(new LaunchAborted());
    signal?.addEventListener('abort', () => reject(new LaunchAborted()), { once: true });
  });
  aborted.catch(() => undefined);
  return aborted;
}

/**
 * Builds the front ends and deploys the slices into the local slice store, then starts services, BFFs, slices and the edge in topology order, each
 * stage only once the previous one answers. On any failure everything started is stopped again.
 */
export async function launchTiffin(options: LaunchOptions = {}): Promise<RunningTiffin> {
  const replicas = options.replicas ?? 1;
  // Several instances share their data only through RabbitMQ and PostgreSQL.
  const backend = replicas > 1 ? 'rabbitmq' : (options.backend ?? 'embedded');
  const env = backend === 'rabbitmq' ? await rabbitMqEnv(options.env ?? process.env) : (options.env ?? process.env);
  const say = options.say ?? sayToConsole;
  const config = loadEnv(env);
  const aborted = whenAborted(options.signal);
  const fleet = new Fleet(say);

  try {
    await assertPortsFree(portsToClaim(), config.TIFFIN_BIND_HOST);
    if (options.skipBuild) assertBuilt(buildTargets);
    else await Promise.race([buildAll(buildTargets, { env, say, fleet }), aborted]);
    await Promise.race([publishSlices({ skipBuild: options.skipBuild ?? false, env, say }), aborted]);

    const stages = replicas > 1 ? replicaStages(env, config, replicas) : startStages(env, config, backend);
    for (const stage of stages) {
      const started = Date.now();
      say(`[start] ${stage.name} …`);
      const children = fleet.startGroup(
        stage.members.map((member) => member.spec),
        { restart: replicas > 1 },
      );
      const ready = stage.members.flatMap((member, index) =>
        member.readyUrls.map((url) => waitUntilAnswering(url, children[index]!)),
      );
      await Promise.race([Promise.all(ready), aborted]);
      say(`[start] ${stage.name} … ready in ${seconds(started)}`);
    }
  } catch (error) {
    await fleet.stopAll();
    throw error;
  }

  return {
    url: `http://${config.TIFFIN_PUBLIC_HOST}:${topology.edge.port}`,
    crashed: fleet.crashed,
    stop: () => fleet.stopAll(),
  };
}
