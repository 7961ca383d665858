import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { demoAccounts } from '@tiffin/demo-accounts';
import { problem } from '@tiffin/contracts';
import { closedPortUrl, memoryLogger, signedInAs, customerIdentity, testIdentitySecret } from '@tiffin/http-kit/testing';
import { buildApp } from './app';

const { logger } = memoryLogger();
const consumerId = randomUUID();
const validOrder = {
  restaurantId: randomUUID(),
  lines: [{ menuItemId: randomUUID(), quantity: 2 }],
  deliveryAddress: '12 Curry Lane',
  cardId: randomUUID(),
};

async function appWithOrderServiceDown() {
  return buildApp({ identitySecret: testIdentitySecret, env: { TIFFIN_ORDER_SERVICE_URL: await closedPortUrl(), TIFFIN_ORDER_HISTORY_SERVICE_URL: await closedPortUrl() }, logger });
}

describe('order BFF on its own', () => {
  it('refuses to place an order for anyone the edge did not sign in', async () => {
    const app = await appWithOrderServiceDown();
    const response = await app.inject({
      method: 'POST',
      url: '/orders',
      headers: { 'idempotency-key': 'k-1', 'x-tiffin-consumer-id': consumerId },
      payload: validOrder,
    });
    // The old customer header from a browser means nothing: only the edge's signature does.
    expect(response.statusCode).toBe(401);
    expect(problem.parse(response.json()).message).toBe('sign in to use Tiffin');
  });

  it('lets only customers order, and only customers read orders', async () => {
    const app = await appWithOrderServiceDown();
    for (const other of [demoAccounts.bombayStaff, demoAccounts.rosa]) {
      const placing = await app.inject({
        method: 'POST',
        url: '/orders',
        headers: { ...signedInAs(other), 'idempotency-key': 'k-1' },
        payload: validOrder,
      });
      expect(placing.statusCode).toBe(403);
      expect(problem.parse(placing.json()).message).toBe('only customers may do this');
      expect((await app.inject({ url: '/orders', headers: signedInAs(other) })).statusCode).toBe(403);
    }
  });

  it('refuses to place an order without an idempotency key, naming it', async () => {
    const app = await appWithOrderServiceDown();
    const response = await app.inject({
      method: 'POST',
      url: '/orders',
      headers: { ...signedInAs(customerIdentity(consumerId)) },
      payload: validOrder,
    });
    expect(response.statusCode).toBe(400);
    expect(problem.parse(response.json()).message).toMatch(/^headers\.idempotency-key: required/);
  });

  it('names the order field and rule that failed', async () => {
    const app = await appWithOrderServiceDown();
    const response = await app.inject({
      method: 'POST',
      url: '/orders',
      headers: { ...signedInAs(customerIdentity(consumerId)), 'idempotency-key': 'k-1' },
      payload: { ...validOrder, lines: [{ menuItemId: randomUUID(), quantity: 0 }] },
    });
    expect(response.statusCode).toBe(400);
    expect(problem.parse(response.json()).message).toBe(
      'body.lines[0].quantity: Too small: expected number to be >=1',
    );
  });

  it('refuses an identity signed with another secret, as a forger would sign it', async () => {
    const app = await appWithOrderServiceDown();
    const forged = signedInAs(customerIdentity(consumerId), 'someone-elses-secret-0123456789abcdef');
    expect((await app.inject({ url: '/orders', headers: forged })).statusCode).toBe(401);
  });

  it('answers 502 naming the order service when it is down', async () => {
    const app = await appWithOrderServiceDown();
    const response = await app.inject({
      method: 'POST',
      url: '/orders',
      headers: { ...signedInAs(customerIdentity(consumerId)), 'idempotency-key': 'k-1' },
      payload: validOrder,
    });
    expect(response.statusCode).toBe(502);
    expect(problem.parse(response.json()).message).toBe("We can't reach your orders right now. Please try again in a moment.");
  });

  it('opens the circuit after repeated failures and says so with 503', async () => {
    const app = await appWithOrderServiceDown();
    const get = () => app.inject({ url: `/orders/${randomUUID()}`, headers: { ...signedInAs(customerIdentity(consumerId)) } });
    const statuses: number[] = [];
    for (let call = 0; call < 5; call += 1) statuses.push((await get()).statusCode);
    expect(statuses[0]).toBe(502);
    expect(statuses.slice(statuses.indexOf(503))).toEqual(Array(5 - statuses.indexOf(503)).fill(503));
    const refused = await get();
    expect(refused.statusCode).toBe(503);
    expect(problem.parse(refused.json()).message).toBe("We can't reach your orders right now. Please try again in a few seconds.");
  });

  it('lists orders from order-history, whose breaker opens on its own and never locks out placing orders', async () => {
    const app = await appWithOrderServiceDown();
    const list = () => app.inject({ url: '/orders', headers: { ...signedInAs(customerIdentity(consumerId)) } });
    const first = await list();
    expect(first.statusCode).toBe(502);
    expect(problem.parse(first.json()).message).toBe("We can't load your past orders right now. Please try again in a moment.");
    for (let call = 0; call < 5; call += 1) await list();
    const refused = await list();
    expect(refused.statusCode).toBe(503);
    expect(problem.parse(refused.json()).message).toBe("We can't load your past orders right now. Please try again in a few seconds.");

    const placing = await app.inject({
      method: 'POST',
      url: '/orders',
      headers: { ...signedInAs(customerIdentity(consumerId)), 'idempotency-key': 'k-2' },
      payload: validOrder,
    });
    expect(problem.parse(placing.json()).message).toBe("We can't reach your orders right now. Please try again in a moment.");
  });
});
