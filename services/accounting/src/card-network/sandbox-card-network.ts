import type { CardMovementRequest, CardNetwork } from './card-network';

/**
 * Stands in for the card network Tiffin would call, answering like a payment provider's test mode:
 * a hold is decided by the card's token, which the consumer service stored when the card was saved.
 * These tokens are declined every time, whatever the amount; every other token is authorised.
 */
const alwaysDeclined: Record<string, string> = {
  tok_chargeDeclined: 'Your card was declined by your bank',
  tok_chargeDeclinedInsufficientFunds: 'Your card has insufficient funds',
};

export type CardMovementKind = 'hold' | 'charge' | 'release' | 'refund';
export interface CardMovement extends Omit<CardMovementRequest, 'idempotencyKey'> {
  kind: CardMovementKind;
}

/** The sandbox as a provider's test dashboard shows it: what it moved, once per idempotency key. */
export interface SandboxCardNetwork extends CardNetwork {
  movementsOf(authorizationId: string): CardMovement[];
}

/**
 * How many movements the sandbox remembers, newest kept: enough to answer a repeated key for as long
 * as a redelivery can come, without its memory growing for as long as the service runs.
 */
export const sandboxMemory = 10_000;

/**
 * The sandbox keeps its movements in memory only, and never refuses a capture or refund for want of
 * having seen the hold: a restarted service must still charge what it held before it stopped.
 */
export function createSandboxCardNetwork(): SandboxCardNetwork {
  const movements = new Map<string, CardMovement>();
  function once(kind: CardMovementKind, { idempotencyKey, authorizationId, amountCents }: CardMovementRequest): void {
    if (movements.has(idempotencyKey)) return;
    movements.set(idempotencyKey, { kind, authorizationId, amountCents });
    if (movements.size > sandboxMemory) movements.delete(movements.keys().next().value!);
  }
  return {
    async authorize({ paymentToken, ...request }) {
      const declined = alwaysDeclined[paymentToken];
      if (declined) return { ok: false, reason: declined };
      once('hold', request);
      return { ok: true };
    },
    capture: async (request) => once('charge', request),
    release: async (request) => once('release', request),
    refund: async (request) => once('refund', request),
    movementsOf: (authorizationId) => [...movements.values()].filter((movement) => movement.authorizationId === authorizationId),
  };
}
