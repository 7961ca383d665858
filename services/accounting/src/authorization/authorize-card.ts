import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { createMessage, type Message } from '@tiffin/contracts';
import { enqueue } from '@tiffin/service-kit';
import { authorizations } from '../db/schema';
import { accountingSource, type AccountingTx } from '../context';
import { authorizeWithCardNetwork } from './sandbox-card-network';

type AuthorizationRow = typeof authorizations.$inferSelect;

/**
 * Holds the order's total on the customer's card and answers CardAuthorized or CardDeclined. An
 * order is authorised once: asked again, it gets the first answer. If the authorisation was reversed
 * before this command arrived (it was late, and the saga gave up on it), it is declined.
 */
export async function authorizeCard(tx: AccountingTx, command: Message<'AuthorizeCard'>): Promise<void> {
  const { orderId, consumerId, cardId, paymentToken, totalCents } = command.payload;
  const [earlier] = await tx.select().from(authorizations).where(eq(authorizations.orderId, orderId));
  const decided = earlier ?? (await decide());
  await enqueue(tx, replyFor(decided, command));

  async function decide(): Promise<AuthorizationRow> {
    const verdict = authorizeWithCardNetwork(paymentToken);
    const [row] = await tx
      .insert(authorizations)
      .values({
        id: randomUUID(),
        orderId,
        consumerId,
        cardId,
        amountCents: totalCents,
        status: verdict.ok ? 'AUTHORIZED' : 'DECLINED',
        declineReason: verdict.ok ? null : verdict.reason,
      })
      .returning();
    return row!;
  }
}

function replyFor(row: AuthorizationRow, command: Message<'AuthorizeCard'>): Message {
  const { orderId } = command.payload;
  switch (row.status) {
    case 'AUTHORIZED':
      return createMessage('CardAuthorized', accountingSource, { orderId, authorizationId: row.id }, command.correlationId);
    case 'DECLINED':
      return createMessage('CardDeclined', accountingSource, { orderId, reason: row.declineReason ?? 'Your card was declined' }, command.correlationId);
    case 'REVERSED':
      return createMessage('CardDeclined', accountingSource, { orderId, reason: 'The payment for this order was cancelled' }, command.correlationId);
  }
}
