import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Message } from '@tiffin/messages';
import { withFailure, withSuccess, type CommandReply } from '@tiffin/saga-kit';
import { authorizations } from '../db/schema';
import type { AccountingTx } from '../context';
import type { CardNetwork } from '../card-network/card-network';
import type { AuthorizationRow } from './authorization-reads';

/**
 * Holds the order's total on the customer's card and answers CardAuthorized or CardDeclined. An
 * order is authorised once: asked again, it gets the first answer. If the authorisation was reversed
 * before this command arrived (it was late, and the saga gave up on it), it is declined.
 *
 * The new authorisation is written first, one round trip as nearly always; only when the order has one
 * already is that one read. So a redelivered command asks the card network again, with the order as
 * idempotency key, and the network's answer is dropped for the first one.
 */
export async function authorizeCard(tx: AccountingTx, command: Message<'AuthorizeCard'>, network: CardNetwork): Promise<CommandReply> {
  const { orderId, consumerId, cardId, paymentToken, totalCents } = command.payload;
  const id = randomUUID();
  const verdict = await network.authorize({ authorizationId: id, amountCents: totalCents, paymentToken, idempotencyKey: `hold:${orderId}` });
  const [decided] = await tx
    .insert(authorizations)
    .values({
      id,
      orderId,
      consumerId,
      cardId,
      amountCents: totalCents,
      status: verdict.ok ? 'AUTHORIZED' : 'DECLINED',
      declineReason: verdict.ok ? null : verdict.reason,
    })
    .onConflictDoNothing({ target: authorizations.orderId })
    .returning();
  const [row] = decided ? [decided] : await tx.select().from(authorizations).where(eq(authorizations.orderId, orderId));
  if (!row) throw new Error(`authorisation of order ${orderId} vanished after it was written`);
  return replyFor(row, orderId);
}

function replyFor(row: AuthorizationRow, orderId: string): CommandReply {
  switch (row.status) {
    case 'AUTHORIZED':
    case 'CAPTURED':
    case 'REFUNDED':
      return withSuccess('CardAuthorized', { orderId, authorizationId: row.id });
    case 'DECLINED':
      return withFailure('CardDeclined', { orderId, reason: row.declineReason ?? 'Your card was declined' });
    case 'REVERSED':
      return withFailure('CardDeclined', { orderId, reason: 'The payment for this order was cancelled' });
  }
}
