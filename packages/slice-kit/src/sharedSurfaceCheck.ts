import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { sharedSurfaceFiles } from './shared/sharedLibraries';

interface EsNode {
  type: string;
  source?: { value?: unknown } | null;
  specifiers?: EsNode[];
  imported?: { name?: string; value?: string };
  exported?: { name?: string };
  local?: { name?: string };
  declaration?: { declarations?: { id: { name?: string }; init?: { type: string; properties?: { key: { name?: string } }[] } }[] } | null;
}
type Parse = (code: string) => { body: EsNode[] };

/** What a surface file offers: its export names, and for an exported object literal, its keys. */
export interface Surface {
  file: string;
  names: Set<string>;
  members: Map<string, Set<string>>;
}

export function readSurface(file: string, parse: Parse): Surface {
  const surface: Surface = { file, names: new Set(), members: new Map() };
  for (const node of parse(readFileSync(file, 'utf8')).body) {
    if (node.type !== 'ExportNamedDeclaration') continue;
    for (const specifier of node.specifiers ?? []) if (specifier.exported?.name) surface.names.add(specifier.exported.name);
    for (const declaration of node.declaration?.declarations ?? []) {
      if (!declaration.id.name) continue;
      surface.names.add(declaration.id.name);
      const keys = declaration.init?.type === 'ObjectExpression' ? declaration.init.properties ?? [] : [];
      surface.members.set(declaration.id.name, new Set(keys.flatMap((p) => (p.key.name ? [p.key.name] : []))));
    }
  }
  return surface;
}

/** Names a module takes from `surface`'s library that the surface does not offer. */
export function missingNames(program: { body: EsNode[] }, code: string, library: string, surface: Surface): string[] {
  const missing: string[] = [];
  for (const node of program.body) {
    if (node.source?.value !== library) continue;
    if (node.type === 'ExportAllDeclaration') missing.push(`export * from '${library}'`);
    if (node.type !== 'ImportDeclaration' && node.type !== 'ExportNamedDeclaration') continue;
    for (const specifier of node.specifiers ?? []) {
      if (specifier.type === 'ImportNamespaceSpecifier' || specifier.type === 'ImportDefaultSpecifier') {
        missing.push(`the whole of '${library}' (import the names you use)`);
        continue;
      }
      const name = specifier.imported?.name ?? specifier.imported?.value ?? specifier.local?.name;
      if (!name) continue;
      if (!surface.names.has(name)) {
        missing.push(`${name} from '${library}'`);
        continue;
      }
      // `z.object(…)`: the shell provides `z` with some members only, so each member used must be one.
      const members = surface.members.get(name);
      const local = specifier.local?.name;
      if (!members || !local) continue;
      for (const [, member] of code.matchAll(new RegExp(`\\b${local}\\.([A-Za-z_$][\\w$]*)`, 'g'))) {
        if (member && !members.has(member)) missing.push(`${name}.${member} from '${library}'`);
      }
    }
  }
  return missing;
}

/**
 * The shell provides some shared libraries only in part (shared/sharedLibraries.ts). A slice that
 * used a name the shell does not provide would get `undefined` at run time, in every browser; this
 * fails the slice's build instead, naming the import and the file that lists what is provided.
 */
export function sharedSurfaceCheck(): Plugin {
  const surfaces = new Map<string, Surface>();
  const missing = new Set<string>();
  return {
    name: 'tiffin:shared-surface-check',
    apply: 'build',
    buildStart() {
      for (const [library, relative] of Object.entries(sharedSurfaceFiles)) {
        surfaces.set(library, readSurface(path.join(import.meta.dirname, 'shared', relative), (code) => this.parse(code) as never));
      }
    },
    // Placed before federation, which rewrites these imports into importShared() calls.
    transform(code, id) {
      const libraries = [...surfaces.keys()].filter((library) => code.includes(library));
      // A surface file itself takes from its library what it re-exports under other names.
      if (libraries.length === 0 || [...surfaces.values()].some((s) => s.file === id)) return null;
      const program = this.parse(code) as unknown as { body: EsNode[] };
      const where = path.relative(process.cwd(), id.split('?')[0] ?? id);
      for (const library of libraries) {
        for (const name of missingNames(program, code, library, surfaces.get(library)!)) missing.add(`${where}: ${name}`);
      }
      return null;
    },
    buildEnd() {
      if (missing.size === 0) return;
      const files = [...surfaces.values()].map((s) => path.relative(process.cwd(), s.file)).join(', ');
      this.error(
        `this slice uses what the shell does not provide to slices:\n  ${[...missing].join('\n  ')}\n` +
          `Add it to ${files}, then rebuild and deploy the shell before this slice.`,
      );
    },
  };
}
