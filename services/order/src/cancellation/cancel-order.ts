import { eq } from 'drizzle-orm';
import type { OrderAccepted } from '@tiffin/contracts';
import { ConflictError, NotFoundError } from '@tiffin/http-kit';
import { inTransaction, sagaInstances } from '@tiffin/service-kit';
import { orders } from '../db/schema';
import type { OrderContext } from '../context';
import { findReplicaRestaurant } from '../replica/replica-reads';
import { cancellableStatuses, whyNotCancellable } from './cancellable-statuses';
import { cancelOrderSaga } from './cancel-order-saga';
import { cancelOrderSagaId } from './cancel-order-saga-id';

/**
 * Starts the order's cancel-order saga, under a lock on the order so two requests start one saga.
 * Asked again while it runs, it answers the same; a cancellation that was refused (the courier had
 * the food) or an order past cancelling is a 409 saying why.
 */
export async function cancelOrder(context: OrderContext, orderId: string, correlationId?: string): Promise<OrderAccepted> {
  const sagaId = cancelOrderSagaId(orderId);
  const answer = await inTransaction(context.db, async (tx) => {
    const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for('update');
    if (!order) throw new NotFoundError(`order ${orderId} does not exist`);
    const [earlier] = await tx.select().from(sagaInstances).where(eq(sagaInstances.id, sagaId));
    if (earlier?.status === 'running') return { orderId, status: order.status };
    if (earlier?.status === 'compensated') throw new ConflictError(earlier.failureReason ?? 'This order could not be cancelled');
    if (!cancellableStatuses.includes(order.status)) throw new ConflictError(whyNotCancellable(order.status));
    const restaurant = await findReplicaRestaurant(tx, order.restaurantId);
    if (!restaurant) throw new Error(`restaurant ${order.restaurantId} of order ${orderId} is missing from the menu replica`);
    const { consumerId, restaurantId, restaurantName, deliveryAddress } = order;
    await cancelOrderSaga.start(
      tx,
      sagaId,
      { orderId, consumerId, restaurantId, restaurantName, pickupAddress: restaurant.address, deliveryAddress },
      correlationId,
    );
    return { orderId, status: order.status };
  });
  context.outboxWritten();
  return answer;
}
