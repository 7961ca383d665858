import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium } from '@playwright/test';
import { pino } from 'pino';
import { build } from 'vite';
import { repoRoot } from '@tiffin/topology';
import { buildEdge } from '../../shell/server/edge-app';
import { measureFirstLoad, type FirstLoad } from './measureLoad';
import { formatReport, medianLoad } from './report';
import { startTiffin } from './tiffinProcess';

/**
 * `pnpm bench:web`: the federated shell's first load against a monolithic build of the same three
 * slices, both in Debian's Chromium, both behind the same edge code and BFFs, printed side by side.
 */
const runs = Number(process.env.TIFFIN_BENCH_RUNS ?? 5);
const monolithDir = path.join(import.meta.dirname, 'monolith');

console.log('[bench:web] building the shell and slices, and the monolith …');
await promisify(execFile)('pnpm', ['build'], { cwd: repoRoot });
await build({ configFile: path.join(monolithDir, 'vite.config.ts'), logLevel: 'error' });

const tiffin = await startTiffin();
// The monolith behind the same edge (static files, /bff proxy to the same BFFs) on a port of its own.
const monolithEdge = await buildEdge({ logger: pino({ level: 'silent' }), distDir: path.join(monolithDir, 'dist') });
const browser = await chromium.launch({
  executablePath: process.env.TIFFIN_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const monolithUrl = (await monolithEdge.listen({ port: 0, host: '127.0.0.1' })).replace('127.0.0.1', 'localhost');
  const federated: FirstLoad[] = [];
  const monolith: FirstLoad[] = [];
  // One warm-up of each (the services' first queries, Chromium's first start), then alternate runs so
  // that noise from the other processes on the machine falls on both sides alike.
  await measureFirstLoad(browser, tiffin.url);
  await measureFirstLoad(browser, monolithUrl);
  for (let run = 0; run < runs; run++) {
    federated.push(await measureFirstLoad(browser, tiffin.url));
    monolith.push(await measureFirstLoad(browser, monolithUrl));
  }
  console.log(formatReport(medianLoad(federated), medianLoad(monolith), runs));
} finally {
  await browser.close();
  await monolithEdge.close();
  await tiffin.stop();
}
