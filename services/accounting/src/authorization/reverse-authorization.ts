import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { createMessage, type Message } from '@tiffin/messages';
import { enqueue } from '@tiffin/service-kit';
import { withSuccess, type CommandReply } from '@tiffin/saga-kit';
import { authorizations } from '../db/schema';
import { accountingSource, type AccountingTx } from '../context';
import type { CardNetwork } from '../card-network/card-network';

/**
 * Releases what was held on the card for the order, however often this comes: the network lets go of
 * the hold and PaymentReleased is announced once, when the hold goes. A declined card held nothing and
 * stays DECLINED; a charge is not released (only a refund gives it back, and cancelling stops at pickup,
 * before the charge). If the reversal comes first (the AuthorizeCard is late, or lost), a REVERSED row
 * of nothing holds the order's place, so the late AuthorizeCard is declined, not charged. Every time,
 * AuthorizationReversed answers: nothing is held any more (the cancel-order saga waits for it).
 */
export async function reverseAuthorization(tx: AccountingTx, command: Message<'ReverseAuthorization'>, network: CardNetwork): Promise<CommandReply> {
  const { orderId } = command.payload;
  const [earlier] = await tx.select().from(authorizations).where(eq(authorizations.orderId, orderId)).for('update');
  if (!earlier) {
    await tx.insert(authorizations).values({ id: randomUUID(), orderId, amountCents: 0, status: 'REVERSED' });
  } else if (earlier.status === 'AUTHORIZED') {
    const released = { orderId, authorizationId: earlier.id, amountCents: earlier.amountCents };
    await network.release({ ...released, idempotencyKey: `release:${orderId}` });
    await tx.update(authorizations).set({ status: 'REVERSED', updatedAt: new Date() }).where(eq(authorizations.id, earlier.id));
    await enqueue(tx, createMessage('PaymentReleased', accountingSource, released, command.correlationId));
  }
  return withSuccess('AuthorizationReversed', { orderId });
}
