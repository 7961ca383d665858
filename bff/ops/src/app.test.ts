import { describe, expect, it } from 'vitest';
import { routesOf } from '@tiffin/http-kit';
import { asOperator, closedPortUrl, memoryLogger, notOperators, testIdentitySecret } from '@tiffin/http-kit/testing';
import { buildApp } from './app';

const filled = (url: string) => url.replaceAll(/:[A-Za-z]+/g, '5d1c0a2b-3e4f-4a5b-8c6d-7e8f9a0b1c2d');

describe('ops BFF on its own', () => {
  /** Every service it calls is down: a refusal must come before any call. */
  async function opsApp() {
    const down = await closedPortUrl();
    const env = Object.fromEntries(['ORDER', 'AUDIT', 'KITCHEN'].map((name) => [`TIFFIN_${name}_SERVICE_URL`, down]));
    const app = buildApp({ identitySecret: testIdentitySecret, env, logger: memoryLogger().logger });
    await app.ready();
    return app;
  }

  it.each(notOperators())('refuses %s on every route but health and the API description', async (_who, headers) => {
    const app = await opsApp();
    const routes = routesOf(app).filter((route) => !['/health', '/openapi.json'].includes(route.url));
    expect(routes.length).toBeGreaterThanOrEqual(10);
    for (const route of routes) {
      const response = await app.inject({ method: route.method as 'GET', url: filled(route.url), headers });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(headers['x-tiffin-identity'] ? 403 : 401);
    }
  });

  it('asks for the key that makes an action one action, naming the header', async () => {
    const app = await opsApp();
    const response = await app.inject({ method: 'POST', url: `/sagas/${crypto.randomUUID()}/retry`, headers: asOperator() });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/^headers\.idempotency-key: required/);
  });

  it('names a service that does not exist', async () => {
    const app = await opsApp();
    const response = await app.inject({ url: '/dead-letters?service=billing', headers: asOperator() });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/^there is no billing service/);
  });
});
