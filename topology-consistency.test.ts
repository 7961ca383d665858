import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import eslintConfig from './eslint.config';
import { consumerQueueTypes, sagaCommands } from './packages/messages/src/consumers';
import { bffNames, serviceNames, sliceNames, topology, workspaceOf } from './packages/topology/src/index';
import { factoryExportOf, loadServiceFactory } from './services/host/src/service-factories';
import { cancelOrderSagaDefinition } from './services/order/src/cancellation/cancel-order-saga';
import { createOrderSagaDefinition } from './services/order/src/saga/create-order-saga';
import { replyTypesOf } from './packages/saga-kit/src/saga-definition';

/**
 * packages/topology/src/topology.ts is the one list of Tiffin's services, BFFs and slices; everything
 * else is derived from it. What cannot be derived (folders, package names, a part's own name in its own
 * code, the saga queues' reply types) is checked here, each failure naming the file and the name that
 * is missing or extra.
 */
const root = import.meta.dirname;
const topologyFile = 'packages/topology/src/topology.ts';

const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const packageJson = (dir: string) => JSON.parse(read(`${dir}/package.json`)) as { name: string };
const folders = (dir: string) =>
  readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(root, dir, entry.name, 'package.json')))
    .map((entry) => entry.name);

/** One line per name that `place` has and `source` (the topology) does not, or the other way round. */
function drift(place: string, what: string, fromSource: Iterable<string>, found: Iterable<string>, source = topologyFile): string[] {
  const expected = new Set(fromSource);
  const actual = new Set(found);
  return [
    ...[...expected].filter((name) => !actual.has(name)).map((name) => `${place}: no ${what} "${name}", which ${source} lists`),
    ...[...actual].filter((name) => !expected.has(name)).map((name) => `${place}: ${what} "${name}" is not in ${source}`),
  ];
}

/** A line for `file` unless its text contains `expected`, which says the part's own name. */
function saysOwnName(file: string, expected: string): string[] {
  if (!existsSync(path.join(root, file))) return [`${file}: missing`];
  return read(file).includes(expected) ? [] : [`${file}: does not say \`${expected}\` (a part copied from another would keep that one's name)`];
}

/** Folders under services/ that are not services: the host runs them all in one process. */
const notServices = ['host'];

describe('the topology is the one list of services, BFFs and slices', () => {
  it('names only services in what BFFs, slices and the edge call, and gives each part its own port', () => {
    const problems = [
      ...Object.entries(topology.bffs).flatMap(([bff, { calls }]) =>
        calls.filter((called) => !serviceNames.includes(called)).map((called) => `${topologyFile}: bffs.${bff}.calls names "${called}", not a service`),
      ),
      ...topology.edge.calls.filter((called) => !serviceNames.includes(called)).map((called) => `${topologyFile}: edge.calls names "${called}", not a service`),
      ...sliceNames.filter((slice) => !bffNames.includes(topology.slices[slice].bff)).map((slice) => `${topologyFile}: slices.${slice}.bff is not a BFF`),
    ];
    const ports = [
      ...serviceNames.map((name) => [`services.${name}`, topology.services[name].port] as const),
      ...bffNames.map((name) => [`bffs.${name}`, topology.bffs[name].port] as const),
      ...sliceNames.map((name) => [`slices.${name}`, topology.slices[name].port] as const),
      ['edge', topology.edge.port] as const,
    ];
    for (const [part, port] of ports) {
      const first = ports.find(([, other]) => other === port)![0];
      if (first !== part) problems.push(`${topologyFile}: ${part} takes port ${port}, already ${first}'s`);
    }
    expect(problems).toEqual([]);
  });

  it('has a workspace folder, with the package name the rule gives it, for every service, BFF and slice, and no other', () => {
    const parts = [
      ...serviceNames.map((name) => workspaceOf.service(name)),
      ...bffNames.map((name) => workspaceOf.bff(name)),
      ...sliceNames.map((name) => workspaceOf.slice(name)),
    ];
    const problems = [
      ...drift('services/', 'service folder', serviceNames, folders('services').filter((name) => !notServices.includes(name))),
      ...drift('bff/', 'BFF folder', bffNames, folders('bff')),
      ...drift('the repository root', 'slice folder', sliceNames.map((name) => topology.slices[name].dir), folders('.').filter((name) => name.startsWith('mfe-'))),
      // pnpm-workspace.yaml takes slices as mfe-*, and ESLint's rule on importing apps by name as @tiffin/mfe-*.
      ...sliceNames.filter((name) => !topology.slices[name].dir.startsWith('mfe-')).map((name) => `${topologyFile}: slices.${name}.dir must start with "mfe-"`),
      ...parts
        .filter(({ dir }) => existsSync(path.join(root, dir, 'package.json')))
        .filter(({ dir, packageName }) => packageJson(dir).name !== packageName)
        .map(({ dir, packageName }) => `${dir}/package.json: is named "${packageJson(dir).name}", not "${packageName}"`),
    ];
    expect(problems).toEqual([]);
  });

  it('lets each part say its own name where it names itself', () => {
    const problems = [
      ...serviceNames.flatMap((name) => saysOwnName(`${workspaceOf.service(name).dir}/src/server.ts`, `runServiceAlone('${name}',`)),
      ...serviceNames.flatMap((name) => saysOwnName(`${workspaceOf.service(name).dir}/src/app.ts`, `name: '${name}',`)),
      ...bffNames.flatMap((name) => saysOwnName(`${workspaceOf.bff(name).dir}/src/app.ts`, `name: '${name}',`)),
      ...bffNames.flatMap((name) => saysOwnName(`${workspaceOf.bff(name).dir}/src/server.ts`, `port: topology.bffs${/^\w+$/.test(name) ? `.${name}` : `['${name}']`}.port`)),
      ...sliceNames.flatMap((name) => saysOwnName(`${topology.slices[name].dir}/vite.config.ts`, `defineSliceConfig('${name}')`)),
    ];
    expect(problems).toEqual([]);
  });

  it('finds the create function of every service where the host looks for it: in its folder, under the usual name', async () => {
    const problems: string[] = [];
    for (const name of serviceNames) {
      await loadServiceFactory(name).catch((error: unknown) => problems.push(`${workspaceOf.service(name).dir}: ${(error as Error).message}`));
    }
    expect(problems, `each service exports e.g. ${factoryExportOf('order-history')}`).toEqual([]);
  });

  it('draws ESLint boundaries around every service and slice, and forbids importing any app by name', () => {
    const rules = eslintConfig.flatMap((config) => Object.entries(config.rules ?? {}));
    const zones = rules
      .filter(([rule]) => rule === 'import-x/no-restricted-paths')
      .flatMap(([, setting]) => (setting as [string, { zones: { target: string }[] }])[1].zones.map((zone) => zone.target.replace(/^\.\//, '')));
    const patterns = rules
      .filter(([rule, setting]) => rule === 'no-restricted-imports' && Array.isArray(setting))
      .flatMap(([, setting]) => (setting as [string, { patterns: { regex: string }[] }])[1].patterns.map(({ regex }) => new RegExp(regex)));
    const forbidden = (packageName: string) => patterns.some((pattern) => pattern.test(packageName));
    const apps = [
      ...serviceNames.map((name) => workspaceOf.service(name)),
      ...bffNames.map((name) => workspaceOf.bff(name)),
      ...sliceNames.map((name) => workspaceOf.slice(name)),
    ];
    const problems = [
      ...drift('eslint.config.ts', 'boundary zone for service', serviceNames.map((name) => workspaceOf.service(name).dir), zones.filter((zone) => zone.startsWith('services/'))),
      ...drift('eslint.config.ts', 'boundary zone for slice', sliceNames.map((name) => topology.slices[name].dir), zones.filter((zone) => zone.startsWith('mfe-'))),
      ...apps.filter(({ packageName }) => !forbidden(packageName)).map(({ packageName }) => `eslint.config.ts: no-restricted-imports lets "${packageName}" be imported`),
      ...folders('packages')
        .map((dir) => packageJson(`packages/${dir}`).name)
        .filter(forbidden)
        .map((name) => `eslint.config.ts: no-restricted-imports forbids the shared package "${name}"`),
    ];
    expect(problems).toEqual([]);
  });

  it("names each consumer's queue after a service, and gives a saga's queue exactly the replies its steps wait for", () => {
    const problems = Object.keys(consumerQueueTypes)
      .filter((queue) => !serviceNames.some((service) => queue.startsWith(`${service}.`)))
      .map((queue) => `packages/messages/src/consumers.ts: queue "${queue}" is not named <service>.<consumer> after a service of ${topologyFile}`);
    // The definitions, not the order service's subscriptions: those refuse to load on a difference.
    const sagas = {
      'order.create-order-saga': { name: createOrderSagaDefinition.name, replies: replyTypesOf(createOrderSagaDefinition) },
      'order.cancel-order-saga': { name: cancelOrderSagaDefinition.name, replies: replyTypesOf(cancelOrderSagaDefinition) },
    };
    problems.push(...drift('topology-consistency.test.ts', 'saga definition for queue', Object.keys(sagaCommands), Object.keys(sagas), 'sagaCommands in packages/messages/src/consumers.ts'));
    for (const [queue, saga] of Object.entries(sagas)) {
      const declared = consumerQueueTypes[queue as keyof typeof sagaCommands];
      const place = `packages/messages/src/consumers.ts (${queue}: sagaCommands and commandReplies)`;
      problems.push(...drift(place, 'reply type', saga.replies, declared, `the ${saga.name} saga's steps`));
    }
    expect(problems).toEqual([]);
  });
});
