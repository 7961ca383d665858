import { describe, expect, it } from 'vitest';
import type { Identity } from '@tiffin/contracts';
import { defineBff } from './bff';
import { requireRole, signIdentity, verifyIdentity } from './identity';
import { signedInAs, testIdentitySecret } from './testing';

const secret = 'a'.repeat(64);
const courier: Identity = {
  role: 'courier',
  accountId: '0f0e8b3a-4c1d-4e2f-9a3b-5c6d7e8f9a0b',
  displayName: 'Rosa',
  email: 'rosa@tiffin.test',
  courierId: '1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d',
};

describe('the identity the edge vouches for', () => {
  it('verifies what it signed', () => {
    expect(verifyIdentity(signIdentity(courier, secret), secret)).toEqual(courier);
  });

  it('refuses a header signed with another secret, a changed payload, or none at all', () => {
    const signed = signIdentity(courier, secret);
    expect(verifyIdentity(signed, 'b'.repeat(64))).toBeUndefined();
    const [, signature] = signed.split('.');
    const forged = Buffer.from(JSON.stringify({ ...courier, role: 'staff', restaurantId: courier.courierId, exp: Date.now() + 60_000 })).toString('base64url');
    expect(verifyIdentity(`${forged}.${signature}`, secret)).toBeUndefined();
    expect(verifyIdentity(undefined, secret)).toBeUndefined();
    expect(verifyIdentity('not-a-token', secret)).toBeUndefined();
  });

  it('refuses a stale header, so a copied one stops working', () => {
    const signed = signIdentity(courier, secret, Date.now() - 61_000);
    expect(verifyIdentity(signed, secret)).toBeUndefined();
  });
});

describe('a BFF route behind the identity check', () => {
  const build = defineBff({
    name: 'catalog',
    routes: [(app) => app.get('/me', async (request) => requireRole(request, 'courier'))],
  });
  const app = build({ identitySecret: testIdentitySecret, env: {} });

  it('knows the caller the edge signed for', async () => {
    const response = await app.inject({ url: '/me', headers: signedInAs(courier) });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(courier);
  });

  it('answers 401 without a signed identity, and for one signed with another secret', async () => {
    expect((await app.inject({ url: '/me' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/me', headers: signedInAs(courier, 'c'.repeat(64)) })).statusCode).toBe(401);
  });

  it('answers 403 to a role the route does not serve', async () => {
    const customer: Identity = { role: 'customer', accountId: courier.accountId, displayName: 'Ann', email: 'ann@tiffin.test', consumerId: courier.courierId };
    const response = await app.inject({ url: '/me', headers: signedInAs(customer) });
    expect(response.statusCode).toBe(403);
    expect(response.json().message).toBe('only couriers may do this');
  });
});
