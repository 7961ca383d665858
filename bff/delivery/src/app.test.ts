import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '@tiffin/demo-accounts';
import { problem } from '@tiffin/contracts';
import { closedPortUrl, memoryLogger, startSilentServer, signedInAs, customerIdentity, testIdentitySecret } from '@tiffin/http-kit/testing';
import { buildApp } from './app';

const { logger } = memoryLogger();
const consumerId = randomUUID();
let silent: Awaited<ReturnType<typeof startSilentServer>>;

beforeAll(async () => {
  silent = await startSilentServer();
});
afterAll(() => silent.close());

describe('delivery BFF on its own', () => {
  it('serves nobody the edge did not sign in, nor a courier or staff on customer routes', async () => {
    const app = buildApp({ identitySecret: testIdentitySecret, env: { TIFFIN_DELIVERY_SERVICE_URL: await closedPortUrl() }, logger });
    const anonymous = await app.inject({ url: '/deliveries' });
    expect(anonymous.statusCode).toBe(401);
    expect(problem.parse(anonymous.json()).message).toBe('sign in to use Tiffin');
    for (const other of [demoAccounts.bombayStaff]) {
      expect((await app.inject({ url: '/deliveries', headers: signedInAs(other) })).statusCode).toBe(403);
    }
  });

  it('names a bad orderId filter', async () => {
    const app = buildApp({ identitySecret: testIdentitySecret, env: { TIFFIN_DELIVERY_SERVICE_URL: await closedPortUrl() }, logger });
    const response = await app.inject({
      url: '/deliveries?orderId=7',
      headers: { ...signedInAs(customerIdentity(consumerId)) },
    });
    expect(response.statusCode).toBe(400);
    expect(problem.parse(response.json()).message).toMatch(/^querystring\.orderId: /);
  });

  it('answers 502 naming the delivery service when it is down', async () => {
    const app = buildApp({ identitySecret: testIdentitySecret, env: { TIFFIN_DELIVERY_SERVICE_URL: await closedPortUrl() }, logger });
    const response = await app.inject({ url: '/deliveries', headers: { ...signedInAs(customerIdentity(consumerId)) } });
    expect(response.statusCode).toBe(502);
    expect(problem.parse(response.json()).message).toBe("We can't reach the couriers right now. Please try again in a moment.");
  });

  it('answers 504 when the delivery service hangs', async () => {
    const app = buildApp({ identitySecret: testIdentitySecret, env: { TIFFIN_DELIVERY_SERVICE_URL: silent.url }, logger, serviceTimeoutMs: 200 });
    const response = await app.inject({
      url: `/deliveries/${randomUUID()}`,
      headers: { ...signedInAs(customerIdentity(consumerId)) },
    });
    expect(response.statusCode).toBe(504);
    expect(problem.parse(response.json()).message).toBe("We can't reach the couriers right now. Please try again in a moment.");
  });
});
