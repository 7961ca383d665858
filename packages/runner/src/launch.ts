import { loadEnv, topology } from '@tiffin/topology';
import { assertBuilt, buildAll } from './build';
import { sayToConsole, seconds, type Say } from './console';
import { Fleet, type Crash } from './fleet';
import { portsToClaim, shellBuildTarget, sliceBuildTarget, startStages, type Backend } from './plan';
import { rabbitMqEnv } from './rabbitmq-backend';
import { replicaStages } from './replicas';
import { planSliceReleases } from './slice-releases';
import { directoryStore, sliceStoreDir } from '@tiffin/slice-store';
import { readProgressLine } from './progress/progress-line';
import { StageProgress } from './progress/stage-progress';
import { publishSlices } from './publishSlices';
import { assertPortsFree, waitUntilAnswering } from './wait';

export interface LaunchOptions {
  /** Build only the slices of which no build of the checkout is stored or in dist/, and not the shell. */
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
    const store = directoryStore(sliceStoreDir(env));
    const releases = await planSliceReleases(store, { skipBuild: options.skipBuild ?? false });
    const toBuild = releases.filter((release) => release.action === 'build').map((release) => sliceBuildTarget(release.slice));
    if (options.skipBuild) assertBuilt([shellBuildTarget]);
    await Promise.race([buildAll(options.skipBuild ? toBuild : [...toBuild, shellBuildTarget], { env, say, fleet }), aborted]);
    await Promise.race([publishSlices(store, releases, say), aborted]);

    const stages = replicas > 1 ? replicaStages(env, config, replicas) : startStages(env, config, backend);
    for (const stage of stages) {
      const started = Date.now();
      say(`[start] ${stage.name} …`);
      const progress = new StageProgress(stage.name, stage.members.flatMap((member) => member.ready.map(({ part }) => part)), say);
      // What a process says its parts are doing; what a part's URL answers while it is not ready.
      const told = new Set<string>();
      const heard = (line: string) => {
        const step = readProgressLine(line);
        if (step) {
          told.add(step.part);
          progress.doing(step.part, step.what);
        }
        return step !== undefined;
      };
      const children = fleet.startGroup(stage.members.map((member) => member.spec), { heard, restart: replicas > 1 });
      const ready = stage.members.flatMap((member, index) =>
        member.ready.map(async ({ part, url }) => {
          await waitUntilAnswering(url, children[index]!, undefined, (what) => {
            // A process's own account of a part says more than "not listening yet".
            if (!(told.has(part) && what === 'not listening yet')) progress.doing(part, what);
          });
          progress.ready(part);
        }),
      );
      progress.start();
      try {
        await Promise.race([Promise.all(ready), aborted]);
      } finally {
        progress.stop();
      }
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
