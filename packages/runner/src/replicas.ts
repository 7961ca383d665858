import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { bffNames, repoRoot, serviceNames, topology, type TiffinEnv } from '@tiffin/topology';
import { haproxyConfig, type BalancedPart } from './haproxy';
import { childEnv, startStages, type Stage } from './plan';

/** Instance `i` (from 1) of a part listens on its port plus 10 000·i: five fit below 65 536. */
export const instancePort = (port: number, instance: number) => port + 10_000 * instance;
export const maxReplicas = 5;

const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');

/** The parts that run as several instances, each with its script: every service, every BFF, the edge. */
function replicatedParts(): { name: string; port: number; script: string }[] {
  return [
    ...serviceNames.map((name) => ({ name: `${name}-service`, port: topology.services[name].port, script: `services/${name}/src/server.ts` })),
    ...bffNames.map((name) => ({ name: `${name}-bff`, port: topology.bffs[name].port, script: `bff/${name}/src/server.ts` })),
    { name: 'edge', port: topology.edge.port, script: 'shell/server/edge.ts' },
  ];
}

/**
 * Tiffin with `replicas` instances of every service, BFF and edge, each a process of its own on
 * RabbitMQ and PostgreSQL, behind HAProxy (Debian's `haproxy`) on the topology's ports, so that
 * everything that calls a part (the BFFs, the edge, the browser) reaches whichever instance is up.
 * The slice origins serve files and stay one each.
 */
export function replicaStages(env: NodeJS.ProcessEnv, config: TiffinEnv, replicas: number): Stage[] {
  if (!Number.isInteger(replicas) || replicas < 2 || replicas > maxReplicas) throw new Error(`--replicas takes 2 to ${maxReplicas}`);
  const parts = replicatedParts();
  const balanced: BalancedPart[] = parts.map((part) => ({ ...part, instancePorts: Array.from({ length: replicas }, (_, i) => instancePort(part.port, i + 1)) }));
  const configFile = path.join(config.TIFFIN_DATA_DIR, 'haproxy.cfg');
  writeFileSync(configFile, haproxyConfig(balanced, config.TIFFIN_BIND_HOST));
  const base = { cwd: repoRoot, env: childEnv(env) };
  const instancesOf = (names: readonly string[]): Stage['members'] =>
    parts
      .filter((part) => names.includes(part.name))
      .flatMap((part) =>
        Array.from({ length: replicas }, (_, i) => ({
          spec: { ...base, name: `${part.name}-${i + 1}`, command: tsx, args: [part.script], env: { ...base.env, TIFFIN_PORT: String(instancePort(part.port, i + 1)) } },
          // The first instance is ready once the load balancer, too, sends its part's traffic somewhere.
          ready: [
            { part: `${part.name}-${i + 1}`, url: `http://127.0.0.1:${instancePort(part.port, i + 1)}/health` },
            ...(i === 0 ? [{ part: `${part.name} behind its load balancer`, url: `http://127.0.0.1:${part.port}/health` }] : []),
          ],
        })),
      );
  const slices = startStages(env, config, 'rabbitmq').find((stage) => stage.name === 'slices')!;
  return [
    { name: 'load balancers', members: [{ spec: { ...base, name: 'haproxy', command: 'haproxy', args: ['-db', '-f', configFile] }, ready: [] }] },
    { name: `services (${replicas} of each)`, members: instancesOf(serviceNames.map((name) => `${name}-service`)) },
    { name: `BFFs (${replicas} of each)`, members: instancesOf(bffNames.map((name) => `${name}-bff`)) },
    slices,
    { name: `edge (${replicas})`, members: instancesOf(['edge']) },
  ];
}
