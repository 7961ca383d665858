import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '@tiffin/demo-accounts';
import { problem } from '@tiffin/contracts';
import { closedPortUrl, memoryLogger, startSilentServer, signedInAs, testIdentitySecret } from '@tiffin/http-kit/testing';
import { buildApp } from './app';

/** Anyone signed in may browse the catalog; a customer here. */
const browsing = signedInAs(demoAccounts.asha);

const { logger } = memoryLogger();
let silent: Awaited<ReturnType<typeof startSilentServer>>;

beforeAll(async () => {
  silent = await startSilentServer();
});
afterAll(() => silent.close());

describe('catalog BFF on its own', () => {
  it('rejects a restaurant id that is not a UUID before calling anyone', async () => {
    const app = buildApp({ identitySecret: testIdentitySecret, env: { TIFFIN_CATALOG_SERVICE_URL: await closedPortUrl() }, logger });
    const response = await app.inject({ url: '/restaurants/42', headers: browsing });
    expect(response.statusCode).toBe(400);
    expect(problem.parse(response.json()).message).toMatch(/^params\.restaurantId: /);
  });

  it('rejects an over-long search', async () => {
    const app = buildApp({ identitySecret: testIdentitySecret, env: { TIFFIN_CATALOG_SERVICE_URL: await closedPortUrl() }, logger });
    const response = await app.inject({ url: `/restaurants?q=${'a'.repeat(101)}`, headers: browsing });
    expect(response.statusCode).toBe(400);
    expect(problem.parse(response.json()).message).toMatch(/^querystring\.q: Too big/);
  });

  it('answers 502 naming the catalog service when it is down', async () => {
    const app = buildApp({ identitySecret: testIdentitySecret, env: { TIFFIN_CATALOG_SERVICE_URL: await closedPortUrl() }, logger });
    const response = await app.inject({ url: '/restaurants', headers: { ...browsing, 'x-correlation-id': 'browse-1' } });
    expect(response.statusCode).toBe(502);
    const body = problem.parse(response.json());
    expect(body.message).toBe("We can't reach the restaurants right now. Please try again in a moment.");
    expect(body.correlationId).toBe('browse-1');
  });

  it('answers 504 when the catalog service hangs', async () => {
    const app = buildApp({ identitySecret: testIdentitySecret, env: { TIFFIN_CATALOG_SERVICE_URL: silent.url }, logger, serviceTimeoutMs: 200 });
    const response = await app.inject({ url: '/restaurants/5b0c8f1e-6f55-4f0e-9d36-2f1f5e3f7a10', headers: browsing });
    expect(response.statusCode).toBe(504);
    expect(problem.parse(response.json()).message).toBe("We can't reach the restaurants right now. Please try again in a moment.");
  });
});
