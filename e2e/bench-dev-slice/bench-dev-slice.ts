import { execFile, spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { repoRoot } from '@tiffin/topology';
import { startTiffin } from '../bench-web/tiffinProcess';

/**
 * `pnpm bench:dev-slice`: how long a slice developer waits from saving a file to seeing the change in
 * the shell. Starts Tiffin, runs `pnpm dev:slice catalog` against it, opens /catalog in Chromium, then
 * per run changes the page heading in the source, and reloads until the new heading shows.
 */
const runs = Number(process.env.TIFFIN_BENCH_RUNS ?? 3);
const targetSeconds = 5;
const sourceFile = path.join(repoRoot, 'mfe-catalog/src/features/restaurants/components/RestaurantListPage.tsx');
const heading = '        Restaurants\n      </h1>';
const reloadEveryMs = 250;

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

async function headingShows(page: Page, text: string): Promise<boolean> {
  await page.reload({ waitUntil: 'domcontentloaded' });
  return page
    .getByRole('heading', { level: 1, name: text })
    .waitFor({ timeout: reloadEveryMs * 4 })
    .then(() => true, () => false);
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
const browser = await chromium.launch({
  executablePath: process.env.TIFFIN_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const timings: number[] = [];
try {
  await waitForOutput(devSlice, /live in/, 120_000);
  const page = await browser.newPage();
  await page.goto(`${tiffin.url}/catalog`);
  await page.getByRole('heading', { level: 1, name: 'Restaurants' }).waitFor();
  for (let run = 1; run <= runs; run++) {
    const text = `Restaurants ${run}`;
    const saved = Date.now();
    await writeFile(sourceFile, original.replace(heading, `        ${text}\n      </h1>`));
    while (!(await headingShows(page, text))) {
      if (Date.now() - saved > 60_000) throw new Error(`"${text}" did not show within 60 s of the save`);
    }
    timings.push((Date.now() - saved) / 1000);
    console.log(`[bench:dev-slice] run ${run}: edit → visible in the shell in ${timings.at(-1)!.toFixed(1)} s`);
  }
} finally {
  await writeFile(sourceFile, original);
  await browser.close();
  if (devSlice.pid) process.kill(-devSlice.pid, 'SIGINT');
  await tiffin.stop();
}
const sorted = [...timings].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)]!;
console.log(
  `edit → visible in the shell (save, rebuild, deploy to the local store, reload): median ${median.toFixed(1)} s, ` +
    `worst ${sorted.at(-1)!.toFixed(1)} s over ${runs} runs; target ≤ ${targetSeconds} s: ${median <= targetSeconds ? 'met' : 'missed'}`,
);
