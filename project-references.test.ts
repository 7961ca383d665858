import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// `pnpm typecheck` is one `tsc -b` over project references: each project is checked once and its
// dependants read its declarations. A workspace dependency a tsconfig does not reference is quietly
// compiled again inside the dependant, so the build stays green and slow; this names the omission.
const root = import.meta.dirname;
const workspaceDirs = ['shell', 'e2e', ...['mfe-', 'bff/', 'services/', 'packages/'].flatMap(folders)];

function folders(prefix: string): string[] {
  const parent = prefix.endsWith('/') ? path.join(root, prefix) : root;
  const named = prefix.endsWith('/') ? '' : prefix;
  return readdirSync(parent, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name.startsWith(named) && existsSync(path.join(parent, entry.name, 'package.json')))
    .map((entry) => path.relative(root, path.join(parent, entry.name)));
}

const readJson = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;
const nameOf = new Map(workspaceDirs.map((dir) => [(readJson(`${dir}/package.json`) as { name: string }).name, dir]));

/** The folders under `dir` (itself included) with a tsconfig.json of their own, e.g. shell/server. */
function projectsIn(dir: string): string[] {
  const nested = readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !['node_modules', 'dist', 'src'].includes(entry.name))
    .flatMap((entry) => projectsIn(path.join(dir, entry.name)));
  return existsSync(path.join(root, dir, 'tsconfig.json')) ? [dir, ...nested] : nested;
}

/** The folders a project's tsconfig files (its own and any nested one) reference. */
function referencedDirs(dir: string): Set<string> {
  return new Set(
    projectsIn(dir).flatMap((config) =>
      ((readJson(`${config}/tsconfig.json`).references ?? []) as { path: string }[]).map((ref) => path.relative(root, path.join(root, config, ref.path))),
    ),
  );
}

describe('TypeScript project references', () => {
  it.each(workspaceDirs)('%s references every workspace package it depends on', (dir) => {
    const manifest = readJson(`${dir}/package.json`) as { dependencies?: object; devDependencies?: object };
    const dependedOn = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).flatMap((name) => nameOf.get(name) ?? []);
    const referenced = referencedDirs(dir);
    expect(dependedOn.filter((dependency) => !referenced.has(dependency)), `${dir}/tsconfig.json lacks references`).toEqual([]);
  });
});
