import path from 'node:path';
import {
  bffNames,
  repoRoot,
  serviceNames,
  sliceNames,
  topology,
  type ServiceName,
  type SliceName,
  type TiffinEnv,
} from '@tiffin/topology';
import type { BuildTarget } from './build';
import type { ChildSpec } from './processes';

/** A part of Tiffin that must answer before the next stage, and where it answers. */
export interface ReadyPart {
  /** As the runner names it while waiting, e.g. "order" or "order-bff". */
  part: string;
  url: string;
}

/** One start-up stage: processes to start together and the parts that must answer before the next. */
export interface Stage {
  name: string;
  members: { spec: ChildSpec; ready: ReadyPart[] }[];
}

export const sliceBuildTarget = (name: SliceName): BuildTarget => ({ dir: topology.slices[name].dir, output: 'dist/assets/remoteEntry.js' });
export const shellBuildTarget: BuildTarget = { dir: 'shell', output: 'dist/index.html' };
export const buildTargets: readonly BuildTarget[] = [...sliceNames.map(sliceBuildTarget), shellBuildTarget];

const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const sliceServer = 'packages/slice-store/src/cli/serveSlice.ts';

/** Servers bound to every interface are still reached on loopback. */
function probeHost(bindHost: string): string {
  if (bindHost === '0.0.0.0' || bindHost === '::') return '127.0.0.1';
  return bindHost.includes(':') ? `[${bindHost}]` : bindHost;
}

/** Children stay quiet unless the person running Tiffin asked for more. */
export function childEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, TIFFIN_LOG_LEVEL: env.TIFFIN_LOG_LEVEL ?? 'warn' };
}

export function portsToClaim(): { port: number; owner: string }[] {
  return [
    ...serviceNames.map((name) => ({ port: topology.services[name].port, owner: `${name} service` })),
    ...bffNames.map((name) => ({ port: topology.bffs[name].port, owner: `${name} BFF` })),
    ...sliceNames.map((name) => ({ port: topology.slices[name].port, owner: `${name} slice` })),
    { port: topology.edge.port, owner: 'edge' },
  ];
}

/**
 * Where the services' data and messages live: `embedded` (PGlite and the in-process broker, every
 * service a thread of one process, the default) or `rabbitmq` (RabbitMQ and PostgreSQL, every
 * service a process of its own, as in a deployment).
 */
export type Backend = 'embedded' | 'rabbitmq';

/** The stages in topology.startOrder, each with the command that runs it and how to know it is up. */
export function startStages(env: NodeJS.ProcessEnv, config: TiffinEnv, backend: Backend = 'embedded'): Stage[] {
  const host = probeHost(config.TIFFIN_BIND_HOST);
  const base = { cwd: repoRoot, env: childEnv(env) };
  const serviceReady = (name: ServiceName): ReadyPart => ({ part: name, url: `http://${host}:${topology.services[name].port}/health` });
  const stages: Record<(typeof topology.startOrder)[number], Stage> = {
    services: {
      name: 'services',
      members:
        backend === 'embedded'
          ? [{ spec: { ...base, name: 'services', command: tsx, args: ['services/host/src/server.ts'] }, ready: serviceNames.map(serviceReady) }]
          : serviceNames.map((name) => ({
              spec: { ...base, name: `${name}-service`, command: tsx, args: [`services/${name}/src/server.ts`] },
              ready: [serviceReady(name)],
            })),
    },
    bffs: {
      name: 'BFFs',
      members: bffNames.map((name) => ({
        spec: { ...base, name: `${name}-bff`, command: tsx, args: [`bff/${name}/src/server.ts`] },
        ready: [{ part: `${name}-bff`, url: `http://${host}:${topology.bffs[name].port}/health` }],
      })),
    },
    slices: {
      name: 'slices',
      // Each slice's origin serves its releases from the slice store, like a CDN would.
      members: sliceNames.map((name) => ({
        spec: { ...base, name: topology.slices[name].dir, command: tsx, args: [sliceServer, name] },
        ready: [{ part: topology.slices[name].dir, url: `http://${host}:${topology.slices[name].port}/assets/remoteEntry.js` }],
      })),
    },
    edge: {
      name: 'edge',
      members: [
        {
          spec: { ...base, name: 'edge', command: tsx, args: ['shell/server/edge.ts'] },
          ready: [{ part: 'edge', url: `http://${host}:${topology.edge.port}/health` }],
        },
      ],
    },
  };
  return topology.startOrder.map((name) => stages[name]);
}
