import { eq } from 'drizzle-orm';
import type { OrderAccepted } from '@tiffin/contracts';
import { ConflictError, NotFoundError } from '@tiffin/http-kit';
import { inTransaction, sagaInstances } from '@tiffin/service-kit';
import { orders } from '../db/schema';
import type { OrderContext, OrderTx } from '../context';
import { findReplicaRestaurant } from '../replica/replica-reads';
import { cancellableStatuses, whyNotCancellable } from './cancellable-statuses';
import { cancelOrderSaga } from './cancel-order-saga';
import { cancelOrderSagaId } from './cancel-order-saga-id';

type OrderRow = typeof orders.$inferSelect;
type SagaRow = typeof sagaInstances.$inferSelect;

/** The order, locked so two requests start one saga, and its cancel-order saga if one was started. */
export async function lockForCancelling(tx: OrderTx, orderId: string): Promise<{ order?: OrderRow; saga?: SagaRow }> {
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for('update');
  const [saga] = await tx.select().from(sagaInstances).where(eq(sagaInstances.id, cancelOrderSagaId(orderId)));
  return { order, saga };
}

/** Starts the cancel-order saga of an order that may be cancelled (the caller checked, under the lock). */
export async function startCancelling(tx: OrderTx, order: OrderRow, options: { reason?: string; correlationId?: string } = {}): Promise<void> {
  const restaurant = await findReplicaRestaurant(tx, order.restaurantId);
  if (!restaurant) throw new Error(`restaurant ${order.restaurantId} of order ${order.id} is missing from the menu replica`);
  const { id: orderId, consumerId, restaurantId, restaurantName, deliveryAddress } = order;
  const data = { orderId, consumerId, restaurantId, restaurantName, pickupAddress: restaurant.address, deliveryAddress };
  await cancelOrderSaga.start(tx, cancelOrderSagaId(orderId), options.reason ? { ...data, reason: options.reason } : data, options.correlationId);
}

/**
 * The customer cancels. Asked again while the cancellation runs, it answers the same; a cancellation
 * that was refused (the courier had the food) or an order past cancelling is a 409 saying why.
 */
export async function cancelOrder(context: OrderContext, orderId: string, correlationId?: string): Promise<OrderAccepted> {
  const answer = await inTransaction(context.db, async (tx) => {
    const { order, saga } = await lockForCancelling(tx, orderId);
    if (!order) throw new NotFoundError(`order ${orderId} does not exist`);
    if (saga?.status === 'running') return { orderId, status: order.status };
    if (saga?.status === 'compensated') throw new ConflictError(saga.failureReason ?? 'This order could not be cancelled');
    if (!cancellableStatuses.includes(order.status)) throw new ConflictError(whyNotCancellable(order.status));
    await startCancelling(tx, order, correlationId ? { correlationId } : {});
    return { orderId, status: order.status };
  });
  context.outboxWritten();
  return answer;
}
