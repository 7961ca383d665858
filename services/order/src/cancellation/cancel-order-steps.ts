import { and, eq, inArray } from 'drizzle-orm';
import { createMessage } from '@tiffin/messages';
import { enqueue, writeLater, type Tx } from '@tiffin/service-kit';
import { orders } from '../db/schema';
import { orderSource, type OrderTx } from '../context';
import { cancellableStatuses } from './cancellable-statuses';

/** What the cancel-order saga carries: all its commands need, so no step reads the order back. */
export interface CancelOrderSagaData {
  orderId: string;
  consumerId: string;
  restaurantId: string;
  restaurantName: string;
  pickupAddress: string;
  deliveryAddress: string;
  /** Set when the kitchen rejected the order: the customer reads it as why the order was cancelled. */
  reason?: string;
}

/** Everything was undone: the order ends CANCELLED and order-history (and anyone) is told. */
export async function markCancelled(anyTx: Tx<Record<string, unknown>>, data: CancelOrderSagaData): Promise<void> {
  const tx = anyTx as unknown as OrderTx;
  await writeLater(
    tx,
    tx
      .update(orders)
      .set({ status: 'CANCELLED', rejectionReason: data.reason ?? null, updatedAt: new Date() })
      .where(and(eq(orders.id, data.orderId), inArray(orders.status, [...cancellableStatuses]))),
  );
  await enqueue(tx, createMessage('OrderCancelled', orderSource, { orderId: data.orderId, consumerId: data.consumerId }));
}
