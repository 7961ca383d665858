import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** Every package.json of the workspace's parts, read once. */
function manifests(root: string): Manifest[] {
  const dirs = ['shell', ...['mfe-', 'bff/', 'services/', 'packages/'].flatMap((prefix) => folders(root, prefix))];
  return dirs.flatMap((dir) => {
    const file = path.join(root, dir, 'package.json');
    return existsSync(file) ? [JSON.parse(readFileSync(file, 'utf8')) as Manifest] : [];
  });
}

function folders(root: string, prefix: string): string[] {
  const parent = prefix.endsWith('/') ? path.join(root, prefix) : root;
  const named = prefix.endsWith('/') ? '' : prefix;
  if (!existsSync(parent)) return [];
  return readdirSync(parent, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name.startsWith(named))
    .map((entry) => path.relative(root, path.join(parent, entry.name)));
}

/**
 * The version range the workspace already uses for each library, so a new part depends on what its
 * neighbours do (one lockfile, one copy of each) instead of on a range written into the generator.
 */
export function workspaceVersions(root: string, libraries: readonly string[]): Record<string, string> {
  const all = manifests(root);
  return Object.fromEntries(
    libraries.map((library) => {
      if (library.startsWith('@tiffin/')) return [library, 'workspace:*'];
      const range = all.map((m) => m.dependencies?.[library] ?? m.devDependencies?.[library]).find(Boolean);
      if (!range) throw new Error(`no part of the workspace depends on ${library}: add it by hand, the generator will not guess a version`);
      return [library, range];
    }),
  );
}

/** A part's package.json: its name, its scripts, and its dependencies at the workspace's versions. */
export function packageJson(
  root: string,
  part: { name: string; exports?: Record<string, string>; scripts: Record<string, string>; dependencies: readonly string[]; devDependencies?: readonly string[] },
): string {
  const manifest = {
    name: part.name,
    version: '0.1.0',
    private: true,
    type: 'module',
    ...(part.exports ? { exports: part.exports } : {}),
    scripts: part.scripts,
    dependencies: workspaceVersions(root, part.dependencies),
    ...(part.devDependencies?.length ? { devDependencies: workspaceVersions(root, part.devDependencies) } : {}),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** A part's tsconfig.json, referencing each workspace package it depends on (project references). */
export function tsconfigJson(partDir: string, part: { dependencies: readonly string[]; include: readonly string[]; browser?: boolean }): string {
  const depth = partDir.split('/').length;
  const up = '../'.repeat(depth);
  const references = part.dependencies
    .filter((dependency) => dependency.startsWith('@tiffin/'))
    .map((dependency) => `${up}packages/${dependency.slice('@tiffin/'.length)}`)
    .sort();
  const compilerOptions = part.browser
    ? '  "compilerOptions": { "lib": ["ES2023", "DOM", "DOM.Iterable"], "jsx": "react-jsx", "types": ["node", "vite/client"] },\n'
    : '';
  const lines = references.map((reference) => `    { "path": "${reference}" }`).join(',\n');
  // Written out rather than JSON.stringify'd, to read like the workspace's other tsconfig files.
  return `{\n  "extends": "${up}tsconfig.base.json",\n${compilerOptions}  "include": ${JSON.stringify(part.include).replaceAll(',', ', ')},\n  "references": [\n${lines}\n  ]\n}\n`;
}
