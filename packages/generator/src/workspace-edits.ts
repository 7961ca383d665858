/**
 * The few existing files a new part is added to, edited as text so that what is there (comments,
 * order, layout) stays as its authors wrote it. Each edit refuses, naming the file, when the place it
 * writes into is not where it expects: a generator that guesses would leave a file half-changed.
 */

/** The block `  <key>: {` … `  },` of topology.ts, as the start and end offsets of its body. */
function blockOf(text: string, key: string, file: string): { start: number; end: number } {
  const opening = `\n  ${key}: {\n`;
  const at = text.indexOf(opening);
  if (at < 0) throw new Error(`${file}: no "${key}: {" block at the top level of the topology`);
  const start = at + opening.length;
  const end = text.indexOf('\n  },\n', start);
  if (end < 0) throw new Error(`${file}: the "${key}" block does not end with "  },"`);
  return { start, end: end + 1 };
}

const quotedKey = (name: string) => (/^[a-z][a-z0-9]*$/.test(name) ? name : `'${name}'`);

/** topology.ts with one entry more at the end of its `services`, `bffs` or `slices` block. */
export function withTopologyEntry(text: string, block: 'services' | 'bffs' | 'slices', name: string, entry: string, file = 'topology.ts'): string {
  const { start, end } = blockOf(text, block, file);
  if (new RegExp(`^    ${quotedKey(name)}: `, 'm').test(text.slice(start, end))) throw new Error(`${file}: ${block} already has ${name}`);
  return `${text.slice(0, end)}    ${quotedKey(name)}: ${entry},\n${text.slice(end)}`;
}

/** The next port after the highest one a topology block uses, and not used anywhere else in it. */
export function nextPort(used: readonly number[], inBlock: readonly number[]): number {
  let port = Math.max(...inBlock) + 1;
  while (used.includes(port)) port++;
  return port;
}

/** catalogue.ts with one more owner of messages: its import, and its place in the list. */
export function withMessageOwner(text: string, owner: { variable: string; file: string }, file = 'catalogue.ts'): string {
  const imports = [...text.matchAll(/^import \{ \w+ \} from '\.\/owners\/[a-z0-9-]+';\n/gm)];
  const lastImport = imports.at(-1);
  const listEnd = text.indexOf('\n] as const satisfies readonly OwnerMessages[];');
  if (!lastImport || listEnd < 0) throw new Error(`${file}: no owner imports or no "] as const satisfies readonly OwnerMessages[]" list to add to`);
  const afterImports = lastImport.index + lastImport[0].length;
  const withList = `${text.slice(0, listEnd)}\n  ${owner.variable},${text.slice(listEnd)}`;
  return `${withList.slice(0, afterImports)}import { ${owner.variable} } from './owners/${owner.file}';\n${withList.slice(afterImports)}`;
}

/** roleNavigation.ts with one more entry for `role`, last in its menu. */
export function withRoleEntry(text: string, role: string, entry: string, file = 'roleNavigation.ts'): string {
  const single = new RegExp(`^  ${role}: \\[(.*)\\],$`, 'm').exec(text);
  if (single) return text.replace(single[0], single[1] ? `  ${role}: [\n    ${single[1]},\n    ${entry},\n  ],` : `  ${role}: [${entry}],`);
  const opening = text.indexOf(`\n  ${role}: [\n`);
  if (opening < 0) throw new Error(`${file}: no menu for the role "${role}"`);
  const closing = text.indexOf('\n  ],', opening);
  return `${text.slice(0, closing)}\n    ${entry},${text.slice(closing)}`;
}
