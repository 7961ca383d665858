import type { CardAuthorization, OrderPayment } from '@tiffin/contracts';

/** The customer's view of accounting's authorisation: its status and the amount that status is about. */
export function orderPaymentOf(authorization: CardAuthorization): OrderPayment {
  const { status, declineReason } = authorization;
  const amountCents =
    status === 'REFUNDED'
      ? (authorization.refundedCents ?? authorization.amountCents)
      : status === 'CAPTURED'
        ? (authorization.capturedCents ?? authorization.amountCents)
        : authorization.amountCents;
  return { status, amountCents, declineReason };
}
