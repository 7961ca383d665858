import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '@tiffin/topology';

const run = promisify(execFile);

/**
 * The generators as an engineer uses them: in a copy of this workspace (its files as they are now,
 * committed or not), `pnpm new service loyalty --saga-participant` and `pnpm new slice loyalty`, then
 * the copy's own lint, type check, tests and slice build. The existing files each generator changed
 * are counted by comparing the copy's files before and after, not taken from what it says.
 */
describe('pnpm new, in a copy of the workspace', () => {
  let copy: string;
  // The child processes are the copy's own commands, not this vitest run's.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'TIFFIN_TEST_BACKENDS'));
  const inCopy = (command: string, args: string[]) =>
    run(command, args, { cwd: copy, env: { ...env, CI: 'true' }, maxBuffer: 64 * 1024 * 1024 }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
      throw new Error(`${command} ${args.join(' ')} failed in the copy:\n${error.stdout ?? ''}\n${error.stderr ?? error.message}`);
    });

  async function fingerprints(): Promise<Map<string, string>> {
    const { stdout } = await run('git', ['ls-files', '-co', '--exclude-standard'], { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 });
    const files = stdout.split('\n').filter(Boolean);
    const sums = await Promise.all(files.map(async (file) => [file, createHash('sha1').update(await readFile(path.join(copy, file)).catch(() => '')).digest('hex')] as const));
    return new Map(sums);
  }
  async function changedBy(step: () => Promise<unknown>): Promise<string[]> {
    const before = await fingerprints();
    await step();
    const after = await fingerprints();
    return [...before].filter(([file, sum]) => after.get(file) !== sum).map(([file]) => file);
  }

  let serviceChanged: string[];
  let sliceChanged: string[];

  beforeAll(async () => {
    copy = await mkdtemp(path.join(os.tmpdir(), 'tiffin-new-parts-'));
    const { stdout } = await run('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 });
    for (const file of stdout.split('\0').filter(Boolean)) await cp(path.join(repoRoot, file), path.join(copy, file), { force: true }).catch(() => undefined);
    await inCopy('pnpm', ['install', '--prefer-offline', '--frozen-lockfile', '--reporter=silent']);
    serviceChanged = await changedBy(() => inCopy('pnpm', ['new', 'service', 'loyalty', '--saga-participant']));
    sliceChanged = await changedBy(() => inCopy('pnpm', ['new', 'slice', 'loyalty', '--service', 'loyalty', '--role', 'customer']));
    console.log(`pnpm new service loyalty --saga-participant changed ${serviceChanged.length} existing files: ${serviceChanged.join(', ')}`);
    console.log(`pnpm new slice loyalty changed ${sliceChanged.length} existing files: ${sliceChanged.join(', ')}`);
  }, 180_000);
  afterAll(() => rm(copy, { recursive: true, force: true }));

  it('changes at most three existing files for a saga participant: the topology, the lockfile and the message catalogue', () => {
    expect(serviceChanged.sort()).toEqual(['packages/messages/src/catalogue.ts', 'packages/topology/src/topology.ts', 'pnpm-lock.yaml']);
  });

  it('changes at most three existing files for a slice and its BFF: the topology, the lockfile and the role menus', () => {
    expect(sliceChanged.sort()).toEqual(['packages/topology/src/topology.ts', 'pnpm-lock.yaml', 'shell/src/session/roleNavigation.ts']);
  });

  it('leaves a copy that lints and type-checks', async () => {
    await inCopy('pnpm', ['lint']);
    await inCopy('pnpm', ['typecheck']);
  }, 300_000);

  it('leaves a copy whose tests pass: the new parts’ own (the service in a saga step), and the topology’s consistency', async () => {
    const { stdout } = await inCopy('pnpm', [
      'exec', 'vitest', 'run', '--project', 'all', 'services/loyalty', 'bff/loyalty', 'mfe-loyalty',
      'topology-consistency.test.ts', 'project-references.test.ts', 'boundaries.test.ts',
    ]);
    expect(stdout).toContain('saga-step.test.ts');
    expect(stdout).not.toMatch(/\bfailed\b/);
  }, 300_000);

  it('builds the new slice as the shell loads it', async () => {
    await inCopy('pnpm', ['--filter', '@tiffin/mfe-loyalty', 'build']);
    await expect(readFile(path.join(copy, 'mfe-loyalty/dist/assets/remoteEntry.js'), 'utf8')).resolves.toContain('./Slice');
  }, 120_000);
});
