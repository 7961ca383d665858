import { eq } from 'drizzle-orm';
import { createMessage, type Message } from '@tiffin/messages';
import { enqueue } from '@tiffin/service-kit';
import type { Logger } from '@tiffin/http-kit';
import { authorizations } from '../db/schema';
import { accountingSource, type AccountingTx } from '../context';
import type { CardNetwork } from '../card-network/card-network';

/**
 * Charges what was held for a delivered order, once: only a hold (AUTHORIZED) is captured, under its
 * row's lock, so a redelivered or concurrent DeliveryDelivered finds it CAPTURED and charges nothing
 * more. A delivered order with no authorisation is a fault to see, not to skip: it throws, so the
 * message is retried and then dead-lettered for an operator.
 */
export async function capturePayment(tx: AccountingTx, delivered: Message<'DeliveryDelivered'>, network: CardNetwork, logger: Logger): Promise<void> {
  const { orderId } = delivered.payload;
  const [held] = await tx.select().from(authorizations).where(eq(authorizations.orderId, orderId)).for('update');
  if (!held) throw new Error(`order ${orderId} was delivered, but accounting holds no card authorisation for it`);
  if (held.status !== 'AUTHORIZED') {
    // CAPTURED or REFUNDED: charged already. REVERSED or DECLINED: nothing is held, so nothing is charged.
    if (held.status !== 'CAPTURED' && held.status !== 'REFUNDED') logger.warn({ orderId, status: held.status }, 'delivered order has nothing held to charge');
    return;
  }
  const captured = { orderId, authorizationId: held.id, amountCents: held.amountCents };
  await network.capture({ ...captured, idempotencyKey: `charge:${orderId}` });
  const now = new Date();
  await tx
    .update(authorizations)
    .set({ status: 'CAPTURED', capturedCents: held.amountCents, capturedAt: now, updatedAt: now })
    .where(eq(authorizations.id, held.id));
  await enqueue(tx, createMessage('PaymentCaptured', accountingSource, captured, delivered.correlationId));
  logger.info({ orderId, amountCents: held.amountCents }, 'payment captured');
}
