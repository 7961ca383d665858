import { describe, expect, it } from 'vitest';
import { createSandboxCardNetwork, sandboxMemory } from './sandbox-card-network';

const authorizationId = '0c6f4a0e-2f61-4b8e-9a57-3c1d2e4f5a61';
const request = (idempotencyKey: string, amountCents = 1200) => ({ authorizationId, amountCents, idempotencyKey });

describe('the sandbox card network', () => {
  it('declines its always-declined tokens, whatever the amount, and holds nothing for them', async () => {
    const network = createSandboxCardNetwork();
    expect(await network.authorize({ ...request('hold:1'), paymentToken: 'tok_chargeDeclined' })).toEqual({ ok: false, reason: 'Your card was declined by your bank' });
    expect(await network.authorize({ ...request('hold:2'), paymentToken: 'tok_chargeDeclinedInsufficientFunds' })).toEqual({ ok: false, reason: 'Your card has insufficient funds' });
    expect(await network.authorize({ ...request('hold:3'), paymentToken: 'tok_visa' })).toEqual({ ok: true });
    expect(network.movementsOf(authorizationId)).toEqual([{ kind: 'hold', authorizationId, amountCents: 1200 }]);
  });

  it('moves money once per idempotency key, as a provider answers a repeated request', async () => {
    const network = createSandboxCardNetwork();
    await network.capture(request('charge:1'));
    await network.capture(request('charge:1', 9999));
    await network.refund(request('refund:1'));
    await network.refund(request('refund:1'));
    expect(network.movementsOf(authorizationId)).toEqual([
      { kind: 'charge', authorizationId, amountCents: 1200 },
      { kind: 'refund', authorizationId, amountCents: 1200 },
    ]);
  });

  it('remembers the newest movements only, so its memory does not grow for as long as the service runs', async () => {
    const network = createSandboxCardNetwork();
    for (let n = 0; n <= sandboxMemory; n += 1) await network.release(request(`release:${n}`, n));
    const kept = network.movementsOf(authorizationId);
    expect(kept).toHaveLength(sandboxMemory);
    expect(kept[0]).toMatchObject({ amountCents: 1 });
  });
});
