import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operatorRoutesOf, routesOf } from '@tiffin/http-kit';
import { asOperator, notOperators, testIdentitySecret } from '@tiffin/http-kit/testing';
import { freshDataDir } from '@tiffin/service-kit/testing';
import { serviceNames } from '@tiffin/topology';
import { startServices, type RunningServices } from './host';

const refused = notOperators({ forged: true });

/** A path a route answers: each parameter filled with a UUID, which every id param accepts. */
const filled = (url: string) => url.replaceAll(/:[A-Za-z]+/g, '5d1c0a2b-3e4f-4a5b-8c6d-7e8f9a0b1c2d');

describe('the services’ operator routes (sagas, dead letters, rebuilds, traces, metrics)', () => {
  let running: RunningServices<(typeof serviceNames)[number]>;
  let remove: () => Promise<void>;
  beforeAll(async () => {
    const data = await freshDataDir([...serviceNames]);
    remove = data.remove;
    const env = { TIFFIN_IDENTITY_SECRET: testIdentitySecret, TIFFIN_DATA_DIR: data.dataDir, TIFFIN_LOG_LEVEL: 'silent' };
    running = await startServices({ env, services: serviceNames, ports: 'ephemeral' });
  }, 150_000);
  afterAll(async () => {
    await running?.stop();
    await remove?.();
  });

  it('keeps every monitoring and repair route of every service in its operator scope', () => {
    for (const name of serviceNames) {
      const { app } = running.services[name];
      const repair = routesOf(app).filter((route) => /^\/(admin|sagas|metrics)(\/|$)/.test(route.url));
      expect(repair.length, name).toBeGreaterThan(0);
      expect(operatorRoutesOf(app), name).toEqual(expect.arrayContaining(repair));
    }
  });

  it.each(refused)('refuses %s on every one of them, before reading anything', async (_who, headers) => {
    for (const name of serviceNames) {
      const { app } = running.services[name];
      for (const route of operatorRoutesOf(app)) {
        const response = await app.inject({ method: route.method as 'GET', url: filled(route.url), headers });
        expect([401, 403], `${name}: ${route.method} ${route.url}`).toContain(response.statusCode);
      }
    }
  });

  it('lets an operator through to the route itself', async () => {
    for (const name of serviceNames) {
      const { app } = running.services[name];
      for (const route of operatorRoutesOf(app)) {
        const response = await app.inject({ method: route.method as 'GET', url: filled(route.url), headers: asOperator() });
        expect([401, 403], `${name}: ${route.method} ${route.url}`).not.toContain(response.statusCode);
      }
    }
  });
});
