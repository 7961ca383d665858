import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { repoRoot } from '@tiffin/topology';

test('standalone mode: a slice works in the harness page, with no shell, against its BFF', async ({ page }) => {
  test.setTimeout(90_000);
  // Beside the running Tiffin, as a developer runs it: the same data directory, so the harness signs
  // the developer's identity with the key the BFFs check.
  const env = { ...process.env, TIFFIN_DATA_DIR: process.env.TIFFIN_E2E_DATA_DIR };
  const harness = spawn('pnpm', ['dev:slice', 'catalog', '--standalone'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the harness did not start within 60 s')), 60_000);
      harness.stdout.on('data', (chunk: Buffer) => {
        const found = /standalone at (\S+)/.exec(chunk.toString());
        if (found?.[1]) {
          clearTimeout(timer);
          resolve(found[1]);
        }
      });
    });
    await page.goto(url);
    await page.getByRole('list', { name: 'Restaurants' }).getByRole('link', { name: 'Bombay Tiffin House' }).click();
    await page.getByRole('button', { name: 'Add to cart' }).first().click();
    // The harness stands in for the shell: it keeps the cart and shows the slice's events.
    const header = page.getByRole('banner', { name: 'Slice harness' });
    await expect(header).toContainText('cart: 1 item(s) from Bombay Tiffin House');
    await expect(header.getByRole('list', { name: 'Slice events' })).toContainText('notification');
  } finally {
    if (harness.pid) process.kill(-harness.pid, 'SIGINT');
  }
});
