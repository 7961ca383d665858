import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '@tiffin/demo-accounts';
import { problem } from '@tiffin/contracts';
import { opsOverview } from '@tiffin/contracts/ops-bff';
import { closedPortUrl, memoryLogger, signedInAs, testIdentitySecret } from '@tiffin/http-kit/testing';
import { startBackend } from '@tiffin/system-test';
import { buildApp } from './app';

const signedIn = signedInAs(demoAccounts.guest);
const { logger } = memoryLogger();

describe('ops BFF on its own', () => {
  it('serves nobody the edge did not vouch for', async () => {
    const app = buildApp({ identitySecret: testIdentitySecret, env: { TIFFIN_ORDER_SERVICE_URL: await closedPortUrl() }, logger });
    expect((await app.inject({ url: '/overview' })).statusCode).toBe(401);
  });

  it('answers 502 in words when the order service is down', async () => {
    const app = buildApp({ identitySecret: testIdentitySecret, env: { TIFFIN_ORDER_SERVICE_URL: await closedPortUrl() }, logger });
    const response = await app.inject({ url: '/overview', headers: signedIn });
    expect(response.statusCode).toBe(502);
    expect(problem.parse(response.json()).message).toMatch(/^We can't reach /);
  });
});

describe('ops BFF with the real order service', () => {
  let backend: Awaited<ReturnType<typeof startBackend<'order'>>>;
  beforeAll(async () => {
    backend = await startBackend(['order']);
  });
  afterAll(() => backend?.stop());

  it('says the service answered', async () => {
    const app = buildApp({ identitySecret: testIdentitySecret, env: { TIFFIN_ORDER_SERVICE_URL: backend.urls['order'] }, logger });
    const response = await app.inject({ url: '/overview', headers: signedIn });
    expect(response.statusCode).toBe(200);
    expect(opsOverview.parse(response.json()).service).toBe('order');
  });
});
