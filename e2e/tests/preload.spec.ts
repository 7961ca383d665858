import { expect, test, type Request } from '@playwright/test';
import { topology } from '@tiffin/topology';

const isCode = (request: Request) => ['script', 'stylesheet'].includes(request.resourceType());

test('once a section is preloaded (pointer on its link, or idle), opening it fetches no code', async ({ page }) => {
  const orderPort = String(topology.slices.order.port);
  const orderCode: Request[] = [];
  const finished = new Set<Request>();
  page.on('request', (request) => isCode(request) && new URL(request.url()).port === orderPort && orderCode.push(request));
  page.on('requestfinished', (request) => finished.add(request));

  await page.goto('/catalog');
  await expect(page.getByRole('list', { name: 'Restaurants' })).toBeVisible();
  const ordersLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Orders' });
  await ordersLink.hover();
  // The order slice's entry, chunk and stylesheet arrive without a click…
  // Paths within the release, whichever release is live (/releases/<version>/assets/…).
  const inRelease = (r: Request) => new URL(r.url()).pathname.replace(/^\/releases\/[^/]+/, '').split('-')[0];
  await expect.poll(() => orderCode.filter((r) => finished.has(r)).map(inRelease)).toEqual(
    expect.arrayContaining(['/assets/remoteEntry.js', '/assets/__federation_expose_Slice', '/assets/style']),
  );
  // Running the entry asks for its own imports (the federation runtime's chunk) a moment after it
  // arrives: wait until nothing new was asked for 300 ms and all of it arrived, not only until what was
  // asked so far arrived.
  let askedBefore = -1;
  await expect
    .poll(
      () => {
        const settled = orderCode.length === askedBefore && orderCode.every((r) => finished.has(r));
        askedBefore = orderCode.length;
        return settled;
      },
      { intervals: [300] },
    )
    .toBe(true);

  // …so the click itself waits for no script or stylesheet.
  const duringSwitch: string[] = [];
  page.on('request', (request) => isCode(request) && duringSwitch.push(request.url()));
  await ordersLink.click();
  await expect(page.getByRole('heading', { level: 1, name: /orders/i })).toBeVisible();
  expect(duringSwitch).toEqual([]);
});
