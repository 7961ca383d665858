import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Message } from '@tiffin/messages';
import { withSuccess, type CommandReply } from '@tiffin/saga-kit';
import { authorizations } from '../db/schema';
import type { AccountingTx } from '../context';

/**
 * Releases what was held on the card for the order, however often this comes. A declined card held
 * nothing and stays DECLINED. If the reversal comes first (the AuthorizeCard is late, or lost), a
 * REVERSED row of nothing holds the order's place, so the late AuthorizeCard is declined, not charged.
 * Every time, AuthorizationReversed answers: nothing is held any more (the cancel-order saga waits for it).
 */
export async function reverseAuthorization(tx: AccountingTx, command: Message<'ReverseAuthorization'>): Promise<CommandReply> {
  const { orderId } = command.payload;
  const [earlier] = await tx.select({ status: authorizations.status }).from(authorizations).where(eq(authorizations.orderId, orderId));
  if (!earlier) {
    await tx.insert(authorizations).values({ id: randomUUID(), orderId, amountCents: 0, status: 'REVERSED' });
  } else if (earlier.status === 'AUTHORIZED') {
    await tx.update(authorizations).set({ status: 'REVERSED', updatedAt: new Date() }).where(eq(authorizations.orderId, orderId));
  }
  return withSuccess('AuthorizationReversed', { orderId });
}
