export type CardNetworkVerdict = { ok: true } | { ok: false; reason: string };

/** One request to move money on a card for an authorisation (accounting's id for it). */
export interface CardMovementRequest {
  authorizationId: string;
  amountCents: number;
  /**
   * Asked again with the same key, the network answers as it did the first time and moves nothing
   * more. Accounting asks again when a message is redelivered or a transaction that called the network
   * rolled back, so this is what makes "capture twice, charge once" hold at the network too.
   */
  idempotencyKey: string;
}

/**
 * The payment provider as accounting uses it: hold an amount at order, then charge it at delivery or
 * let it go, and give a charge back. A call that cannot be made throws; the caller's transaction then
 * rolls back and the step is tried again (a consumer's retry, or the operator asking again).
 */
export interface CardNetwork {
  /** Holds the amount on the card the token stands for, or says why the bank declined it. */
  authorize(request: CardMovementRequest & { paymentToken: string }): Promise<CardNetworkVerdict>;
  /** Charges what was held. */
  capture(request: CardMovementRequest): Promise<void>;
  /** Lets go of a hold that was never charged. */
  release(request: CardMovementRequest): Promise<void>;
  /** Gives a charge back to the card. */
  refund(request: CardMovementRequest): Promise<void>;
}
