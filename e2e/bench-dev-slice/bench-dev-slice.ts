import { execFile, spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { repoRoot } from '@tiffin/topology';
import { percentile } from '../bench-web/percentiles';
import { launchChromium, seenInPage } from '../bench-web/seenInPage';
import { signedInContext } from '../bench-web/signedIn';
import { startTiffin } from '../bench-web/tiffinProcess';

/**
 * `pnpm bench:dev-slice`: how long a slice developer waits from saving a file to seeing the change in
 * a shell that is already open, with no reload. Starts Tiffin, runs `pnpm dev:slice catalog` against
 * it, opens /catalog signed in, then per run changes the page heading in the source and times the
 * save until the new heading is in the page (the shell re-mounts the slice from the edge's push).
 * A first, uncounted save warms the watcher up.
 */
const runs = Number(process.env.TIFFIN_BENCH_RUNS ?? 10);
const targetP95Seconds = 1.5;
const sourceFile = path.join(repoRoot, 'mfe-catalog/src/features/restaurants/components/RestaurantListPage.tsx');
const heading = '        Restaurants\n      </h1>';

async function waitForOutput(child: ReturnType<typeof spawn>, pattern: RegExp, timeoutMs: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`dev:slice printed no ${pattern} within ${timeoutMs / 1000} s`)), timeoutMs);
    const listen = (chunk: Buffer) => {
      if (!pattern.test(chunk.toString())) return;
      clearTimeout(timer);
      child.stdout?.off('data', listen);
      resolve();
    };
    child.stdout?.on('data', listen);
  });
}

/** When a level-1 heading reads `text` in the page, by the page's clock. */
function headingAppears(page: Page, text: string): Promise<number> {
  return seenInPage(page, `Array.from(document.querySelectorAll('h1')).some((h1) => h1.textContent.trim() === ${JSON.stringify(text)})`);
}

console.log('[bench:dev-slice] building the shell and slices …');
await promisify(execFile)('pnpm', ['build'], { cwd: repoRoot });
const original = await readFile(sourceFile, 'utf8');
if (!original.includes(heading)) throw new Error(`${sourceFile} no longer has the heading this bench edits`);

const tiffin = await startTiffin();
const devSlice = spawn('pnpm', ['dev:slice', 'catalog'], {
  cwd: repoRoot,
  env: { ...process.env, TIFFIN_DATA_DIR: tiffin.dataDir },
  stdio: ['ignore', 'pipe', 'inherit'],
  detached: true,
});
// Its own account of each build (how long the build and the deploy took) goes beside the figures.
devSlice.stdout?.on('data', (chunk: Buffer) => {
  for (const line of chunk.toString().split('\n')) if (line.startsWith('[dev:slice]')) console.log(`  ${line}`);
});
const browser = await launchChromium();
const timings: number[] = [];
try {
  // dev:slice deploys a first build of the source as it starts; the page opens on it.
  await waitForOutput(devSlice, /live in/, 180_000);
  const page = await (await signedInContext(browser, tiffin.url, 'guest')).context.newPage();
  await page.goto('/catalog');
  await page.getByRole('heading', { level: 1, name: 'Restaurants' }).waitFor();
  await page.evaluate(() => Object.assign(window, { tiffinBenchPage: true }));
  // Run 0 warms up the watcher (its first rebuild fills Rollup's cache) and is not counted.
  for (let run = 0; run <= runs; run++) {
    const text = `Restaurants ${run}`;
    // Settled only below, but never left unhandled: the process must not die while the file is half written.
    const shown = headingAppears(page, text).then((at) => ({ at }), (error: unknown) => ({ error }));
    const saved = Date.now();
    await writeFile(sourceFile, original.replace(heading, `        ${text}\n      </h1>`));
    const outcome = await Promise.race([shown, new Promise<{ error: Error }>((resolve) => setTimeout(() => resolve({ error: new Error(`"${text}" did not show within 60 s of the save`) }), 60_000))]);
    if ('error' in outcome) throw outcome.error;
    const visibleAt = outcome.at;
    const seconds = (visibleAt - saved) / 1000;
    if (run > 0) timings.push(seconds);
    console.log(`[bench:dev-slice] ${run === 0 ? 'warm-up' : `run ${run}`}: save → visible in the open shell in ${seconds.toFixed(2)} s`);
  }
  if (!(await page.evaluate(() => (window as { tiffinBenchPage?: boolean }).tiffinBenchPage))) {
    throw new Error('the page was reloaded during the runs: the figures are not of an open shell');
  }
} finally {
  await writeFile(sourceFile, original);
  await browser.close();
  if (devSlice.pid) process.kill(-devSlice.pid, 'SIGINT');
  await tiffin.stop();
}
const p95 = percentile(timings, 95);
console.log(
  `save → visible in an open shell, no reload (rebuild, deploy to the local store, the edge's push, re-mount): ` +
    `p50 ${percentile(timings, 50).toFixed(2)} s, p95 ${p95.toFixed(2)} s over ${runs} runs; ` +
    `target p95 ≤ ${targetP95Seconds} s: ${p95 <= targetP95Seconds ? 'met' : 'missed'} (load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})`,
);
