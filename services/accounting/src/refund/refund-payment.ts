import { eq } from 'drizzle-orm';
import { createMessage } from '@tiffin/messages';
import type { AuthorizationStatus, CardAuthorization } from '@tiffin/contracts';
import { ConflictError, NotFoundError } from '@tiffin/http-kit';
import { enqueue, inTransaction } from '@tiffin/service-kit';
import { authorizations } from '../db/schema';
import { accountingSource, type AccountingContext } from '../context';
import type { CardNetwork } from '../card-network/card-network';
import { toCardAuthorization } from '../authorization/authorization-reads';

/** Why an order that was not charged cannot be refunded, said for the operator who asked. */
const nothingToRefund: Record<Exclude<AuthorizationStatus, 'CAPTURED' | 'REFUNDED'>, string> = {
  AUTHORIZED: 'has not been charged yet (its card is only held): cancelling the order releases the hold',
  REVERSED: 'was never charged (its hold was released)',
  DECLINED: 'was never charged (its card was declined)',
};

/**
 * Gives the charge of an order back to the card, once: under the row's lock, only a CAPTURED payment
 * is refunded; asked again, the refund already made is the answer, and nothing more is moved or
 * announced. The whole charge is refunded and the reason kept with it.
 */
export async function refundPayment(context: AccountingContext, network: CardNetwork, orderId: string, reason: string): Promise<CardAuthorization> {
  const refunded = await inTransaction(context.db, async (tx) => {
    const [charged] = await tx.select().from(authorizations).where(eq(authorizations.orderId, orderId)).for('update');
    if (!charged) throw new NotFoundError(`order ${orderId} has no card authorisation`);
    if (charged.status === 'REFUNDED') return charged;
    if (charged.status !== 'CAPTURED') throw new ConflictError(`order ${orderId} ${nothingToRefund[charged.status]}; there is nothing to refund`);
    const amountCents = charged.capturedCents ?? charged.amountCents;
    await network.refund({ authorizationId: charged.id, amountCents, idempotencyKey: `refund:${orderId}` });
    const now = new Date();
    const [updated] = await tx
      .update(authorizations)
      .set({ status: 'REFUNDED', refundedCents: amountCents, refundedAt: now, refundReason: reason, updatedAt: now })
      .where(eq(authorizations.id, charged.id))
      .returning();
    await enqueue(tx, createMessage('PaymentRefunded', accountingSource, { orderId, authorizationId: charged.id, amountCents }));
    return updated!;
  });
  context.outboxWritten();
  context.logger.info({ orderId, amountCents: refunded.refundedCents, reason }, 'payment refunded');
  return toCardAuthorization(refunded);
}
