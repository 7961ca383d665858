import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { topology } from '@tiffin/topology';
import { namesOf, type Names } from './names';
import { bffFiles } from './templates/bff';
import { participantFiles } from './templates/participant';
import { plainServiceFiles } from './templates/plain-service';
import { sliceFiles } from './templates/slice';
import { nextPort, withMessageOwner, withRoleEntry, withTopologyEntry } from './workspace-edits';

/** What a generator did to the workspace: the files it made, and the existing files it changed. */
export interface Generated {
  created: string[];
  changed: string[];
}

const topologyFile = 'packages/topology/src/topology.ts';
const catalogueFile = 'packages/messages/src/catalogue.ts';
const roleNavigationFile = 'shell/src/session/roleNavigation.ts';

/** Every port the topology hands out, so a new part never takes one. */
function usedPorts(): number[] {
  const parts = [topology.services, topology.bffs, topology.slices] as const;
  return [topology.edge.port, ...parts.flatMap((part) => Object.values(part).map((entry: { port: number }) => entry.port))];
}

function writeNew(root: string, files: Record<string, string>): string[] {
  for (const file of Object.keys(files)) {
    if (existsSync(path.join(root, file))) throw new Error(`${file} exists already: the generator never overwrites`);
  }
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return Object.keys(files).sort();
}

function edit(root: string, file: string, change: (text: string) => string): void {
  const absolute = path.join(root, file);
  writeFileSync(absolute, change(readFileSync(absolute, 'utf8')));
}

/** pnpm links the new packages and records them in the lockfile (under CI too); what they use is in the store already. */
function install(root: string): void {
  execFileSync('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile', '--reporter=silent'], { cwd: root, stdio: 'inherit' });
}

function refuseTaken(root: string, kind: string, name: string, taken: boolean, dir: string): void {
  if (taken) throw new Error(`the topology has a ${kind} called ${name} already`);
  if (existsSync(path.join(root, dir))) throw new Error(`${dir} exists already`);
}

/** `pnpm new service <name> [--saga-participant]`. */
export function generateService(root: string, name: string, options: { sagaParticipant: boolean }): Generated {
  const n = namesOf(name);
  refuseTaken(root, 'service', name, Object.hasOwn(topology.services, name), `services/${name}`);
  const port = nextPort(usedPorts(), Object.values(topology.services).map((service) => service.port));
  const created = writeNew(root, options.sagaParticipant ? participantFiles(root, n) : plainServiceFiles(root, n));
  edit(root, topologyFile, (text) =>
    withTopologyEntry(text, 'services', name, `{ port: ${port}, unreachable: "We can't reach ${n.words} right now" }`, topologyFile),
  );
  const changed = [topologyFile];
  if (options.sagaParticipant) {
    edit(root, catalogueFile, (text) => withMessageOwner(text, { variable: `${n.camel}Messages`, file: name }, catalogueFile));
    changed.push(catalogueFile);
  }
  install(root);
  // Its first migration, from the schema just written, by drizzle-kit as every later one will be.
  execFileSync('pnpm', ['--filter', `@tiffin/${name}-service`, 'exec', 'drizzle-kit', 'generate', '--name', 'init'], { cwd: root, stdio: 'inherit' });
  return { created: [...created, ...migrationsOf(root, `services/${name}/drizzle`)], changed: [...changed, 'pnpm-lock.yaml'] };
}

function migrationsOf(root: string, dir: string): string[] {
  const journal = JSON.parse(readFileSync(path.join(root, dir, 'meta/_journal.json'), 'utf8')) as { entries: { idx: number; tag: string }[] };
  return [
    `${dir}/meta/_journal.json`,
    ...journal.entries.flatMap((entry) => [`${dir}/${entry.tag}.sql`, `${dir}/meta/${String(entry.idx).padStart(4, '0')}_snapshot.json`]),
  ];
}

/** `pnpm new slice <name> --service <service> [--role <role> --label <label>]`: the slice and its BFF. */
export function generateSlice(root: string, name: string, options: { service: string; role?: string; label?: string }): Generated {
  const n = namesOf(name);
  refuseTaken(root, 'slice', name, Object.hasOwn(topology.slices, name), `mfe-${name}`);
  refuseTaken(root, 'BFF', name, Object.hasOwn(topology.bffs, name), `bff/${name}`);
  if (!Object.hasOwn(topology.services, options.service)) {
    throw new Error(`--service ${options.service}: no such service in the topology (${Object.keys(topology.services).join(', ')})`);
  }
  const service: Names = namesOf(options.service);
  const label = options.label ?? n.words[0]!.toUpperCase() + n.words.slice(1);
  const created = writeNew(root, { ...sliceFiles(root, n, service), ...bffFiles(root, n, service) });
  const bffPort = nextPort(usedPorts(), Object.values(topology.bffs).map((bff) => bff.port));
  const slicePort = nextPort(usedPorts(), Object.values(topology.slices).map((slice) => slice.port));
  edit(root, topologyFile, (text) => {
    const withBff = withTopologyEntry(text, 'bffs', name, `{ port: ${bffPort}, calls: ['${options.service}'] }`, topologyFile);
    return withTopologyEntry(withBff, 'slices', name, `{ port: ${slicePort}, dir: 'mfe-${name}', route: '/${name}', label: '${label}', bff: '${name}' }`, topologyFile);
  });
  const changed = [topologyFile];
  if (options.role) {
    edit(root, roleNavigationFile, (text) => withRoleEntry(text, options.role!, `{ slice: '${name}', path: '', label: '${label}' }`, roleNavigationFile));
    changed.push(roleNavigationFile);
  }
  install(root);
  return { created, changed: [...changed, 'pnpm-lock.yaml'] };
}
