import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '@tiffin/topology';
import { table } from './stats';

/**
 * `pnpm bench:signal`: how long an engineer waits to know whether a change broke anything. Times
 * each command the inner loop runs, one after the other on this machine, against its target, with the
 * load average beside it (two cores: anything else running shows in the figures). `--smoke` runs each
 * step on a small scope, so CI proves the script still works without paying for the full figures.
 */
const { values } = parseArgs({ options: { smoke: { type: 'boolean', default: false } } });
const smoke = values.smoke;

/** A file nearly everything imports, and one that only its own service does. */
const widelyImported = 'packages/contracts/src/money.ts';
const leaf = 'services/kitchen/src/context.ts';

interface Step {
  name: string;
  targetSeconds: number;
  prepare?: () => Promise<void>;
  command: string[];
}

const steps: Step[] = [
  ...(smoke ? [] : [{ name: 'pnpm typecheck, cold', targetSeconds: 90, prepare: forgetTypecheckOutput, command: ['pnpm', 'typecheck'] }]),
  { name: 'pnpm typecheck, one service file changed', targetSeconds: 15, prepare: () => touch(leaf), command: ['pnpm', 'typecheck'] },
  ...(smoke
    ? []
    : [{ name: 'pnpm typecheck, contracts changed', targetSeconds: 15, prepare: () => touch(widelyImported), command: ['pnpm', 'typecheck'] }]),
  {
    name: 'pnpm lint, cold',
    targetSeconds: 60,
    prepare: () => fs.rm(path.join(repoRoot, 'node_modules/.cache/eslint'), { recursive: true, force: true }),
    command: smoke ? ['pnpm', 'exec', 'eslint', 'packages/topology'] : ['pnpm', 'lint'],
  },
  { name: 'pnpm test:fast', targetSeconds: 180, command: smoke ? ['pnpm', 'test:fast', 'packages/contracts'] : ['pnpm', 'test:fast'] },
];

/** Files a step changed, with what they held before, to put back once it is timed. */
const touched = new Map<string, string>();
const rows: string[][] = [];
let failed = false;
for (const step of steps) {
  await step.prepare?.();
  const before = os.loadavg()[0]!;
  const started = performance.now();
  const code = await run(step.command);
  const seconds = (performance.now() - started) / 1000;
  await undoTouches();
  if (code !== 0) failed = true;
  const verdict = code !== 0 ? `failed (exit ${code})` : seconds <= step.targetSeconds ? 'met' : 'missed';
  rows.push([step.name, `${seconds.toFixed(1)} s`, `≤ ${step.targetSeconds} s`, verdict, `${before.toFixed(2)} → ${os.loadavg()[0]!.toFixed(2)}`]);
}
console.log(`\n## Fast signal${smoke ? ' (smoke: small scopes)' : ''}: ${os.cpus().length} cores\n`);
console.log(table(['step', 'took', 'target', 'verdict', 'load average (1 min)'], rows));
process.exit(failed ? 1 : 0);

/** Runs a command in the workspace; what it printed is shown only if it failed. */
function run(command: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const [bin, ...args] = command as [string, ...string[]];
    const child = spawn(bin, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) process.stderr.write(Buffer.concat(output));
      resolve(code ?? 1);
    });
  });
}


/** Changes a source file as an edit would (a line more), to be undone once the step is timed. */
async function touch(file: string): Promise<void> {
  const absolute = path.join(repoRoot, file);
  const content = await fs.readFile(absolute, 'utf8');
  touched.set(absolute, content);
  await fs.writeFile(absolute, `${content}// an edit\n`);
}

async function undoTouches(): Promise<void> {
  for (const [file, content] of touched) await fs.writeFile(file, content);
  touched.clear();
}

/** `tsc -b` keeps each project's declarations and build info in its node_modules/.tsbuild. */
async function forgetTypecheckOutput(): Promise<void> {
  const walk = async (dir: string): Promise<void> => {
    await fs.rm(path.join(dir, 'node_modules/.tsbuild'), { recursive: true, force: true });
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith('.') && !['node_modules', 'dist'].includes(entry.name)) {
        await walk(path.join(dir, entry.name));
      }
    }
  };
  await walk(repoRoot);
}
