import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { repoRoot } from '@tiffin/topology';
import { percentile } from '../bench-web/percentiles';
import { launchChromium, seenInPage } from '../bench-web/seenInPage';
import { signedInContext } from '../bench-web/signedIn';
import { startTiffin } from '../bench-web/tiffinProcess';
import { takenDelivery } from './tracked-order';

/**
 * `pnpm bench:tracking`: how long a courier's position takes from their screen's report to the
 * customer's map, in Chromium, through the edge, the delivery BFF and service and back by the live
 * stream. A customer opens the tracking page of a delivery a courier took; the courier reports a
 * position each second along a street; each is timed from the POST to the marker being drawn there
 * (seen in the page). `--smoke`: a few positions, to check the path works (pnpm test:bench).
 */
const smoke = process.argv.includes('--smoke');
const positions = smoke ? 5 : Number(process.env.TIFFIN_BENCH_EVENTS ?? 60);
const targetP95Ms = 500;
const seenWithinMs = 5_000;

/** When the courier's marker is drawn at (x, y) in the page, by the page's clock. */
function markerDrawnAt(page: Page, x: number, y: number): Promise<number> {
  return seenInPage(page, `document.querySelector('[aria-label="Courier"] circle')?.getAttribute('cx') === '${x}' && document.querySelector('[aria-label="Courier"] circle')?.getAttribute('cy') === '${y}'`);
}

if (!existsSync(path.join(repoRoot, 'shell', 'dist', 'index.html'))) {
  console.log('[bench:tracking] building the shell …');
  await promisify(execFile)('pnpm', ['--filter', './shell', 'build'], { cwd: repoRoot });
}
const tiffin = await startTiffin();
const browser = await launchChromium();
const latencies: number[] = [];
try {
  const customer = await signedInContext(browser, tiffin.url, 'asha');
  const courier = await signedInContext(browser, tiffin.url, 'kofi');
  const deliveryId = await takenDelivery(
    { request: customer.context.request, csrfToken: customer.csrfToken },
    { request: courier.context.request, csrfToken: courier.csrfToken },
  );
  const page = await customer.context.newPage();
  await page.goto(`/delivery/${deliveryId}`);
  await page.getByRole('img', { name: /^Map of Tiffin Town/ }).waitFor();

  for (let i = 0; i < positions; i++) {
    // Along Ginger Street, ten metres at a time.
    const at = { x: 400 + i * 10, y: 600 };
    const drawn = markerDrawnAt(page, at.x, at.y).then((seenAt) => ({ seenAt }), (error: unknown) => ({ error }));
    const sentAt = Date.now();
    const reported = await courier.context.request.post(`/bff/delivery/courier/deliveries/${deliveryId}/position`, {
      headers: { 'x-csrf-token': courier.csrfToken },
      data: at,
    });
    if (!reported.ok()) throw new Error(`position ${i + 1} answered ${reported.status()}: ${await reported.text()}`);
    const outcome = await Promise.race([drawn, new Promise<{ error: Error }>((resolve) => setTimeout(() => resolve({ error: new Error(`position ${i + 1} was not on the map within ${seenWithinMs / 1000} s`) }), seenWithinMs))]);
    if ('error' in outcome) throw outcome.error;
    latencies.push(outcome.seenAt - sentAt);
    // The courier's screen reports about once a second.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1_000 - (Date.now() - sentAt))));
  }
} finally {
  await browser.close();
  await tiffin.stop();
}
const p95 = percentile(latencies, 95);
console.log(
  `courier's report → customer's map (POST to marker drawn, through the edge, the delivery BFF and service, the live stream): ` +
    `p50 ${percentile(latencies, 50)} ms, p95 ${p95} ms, worst ${Math.max(...latencies)} ms over ${latencies.length} positions${smoke ? ' (smoke)' : ''}; ` +
    `target p95 ≤ ${targetP95Ms} ms: ${p95 <= targetP95Ms ? 'met' : 'missed'} (load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})`,
);
