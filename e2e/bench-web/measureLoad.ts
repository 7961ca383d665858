import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from '@playwright/test';

export interface FirstLoad {
  /** JavaScript the page downloaded before the restaurant list showed, gzip-compressed (level 9). */
  jsGzipBytes: number;
  /** Every request before the restaurant list showed: page, code, styles, data, icon. */
  requests: number;
  /** From navigation start to the first restaurant on screen. */
  msToRestaurantList: number;
  /** Code (script, stylesheet) requested while switching to the order section after preloading. */
  switchCodeRequests: number;
  /** Each script of the first load, to see where the bytes go. */
  scripts: { url: string; gzipBytes: number }[];
}

const restaurantListed = () =>
  document.querySelector('ul[aria-label="Restaurants"] > li') ? performance.now() : false;

/** Waits until no code request has been in flight for a while: preloading has finished. */
async function codeSettled(page: Page, inFlight: Set<Request>, quietMs = 500): Promise<void> {
  let quietSince = Date.now();
  while (Date.now() - quietSince < quietMs) {
    if (inFlight.size > 0) quietSince = Date.now();
    await page.waitForTimeout(50);
  }
}

function isCode(request: Request): boolean {
  return request.resourceType() === 'script' || request.resourceType() === 'stylesheet';
}

/** One cold first load of `/catalog` in a fresh browser context (empty cache), then a switch to Orders. */
export async function measureFirstLoad(browser: Browser, baseUrl: string): Promise<FirstLoad> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const beforeList: Request[] = [];
  const inFlight = new Set<Request>();
  let listShown = false;
  page.on('request', (request) => {
    if (!listShown) beforeList.push(request);
    if (isCode(request)) inFlight.add(request);
  });
  const settle = (request: Request) => inFlight.delete(request);
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);

  await page.goto(`${baseUrl}/catalog`, { waitUntil: 'commit' });
  const shownAt = await page.waitForFunction(restaurantListed, null, { polling: 'raf', timeout: 60_000 });
  listShown = true;
  const msToRestaurantList = Math.round((await shownAt.jsonValue()) as number);

  const scripts: FirstLoad['scripts'] = [];
  for (const request of beforeList.filter((r) => r.resourceType() === 'script')) {
    const body = await (await request.response())?.body();
    if (body) scripts.push({ url: request.url(), gzipBytes: gzipSync(body, { level: 9 }).length });
  }
  const jsGzipBytes = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);

  // The customer's pointer reaches the Orders link; whatever the page preloads (on idle or on the
  // hover) is let finish, then the click is watched for code it still has to fetch.
  const ordersLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Orders' });
  await ordersLink.hover();
  await codeSettled(page, inFlight);
  const duringSwitch: Request[] = [];
  page.on('request', (request) => isCode(request) && duringSwitch.push(request));
  await ordersLink.click();
  await page.getByRole('heading', { level: 1, name: /orders/i }).waitFor();
  await context.close();

  return { jsGzipBytes, requests: beforeList.length, msToRestaurantList, switchCodeRequests: duringSwitch.length, scripts };
}
