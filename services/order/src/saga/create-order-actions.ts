import { eq } from 'drizzle-orm';
import { createMessage } from '@tiffin/contracts';
import { enqueue } from '@tiffin/service-kit';
import { orders } from '../db/schema';
import { orderSource, type OrderTx } from '../context';
import { findOrder } from '../orders/order-reads';
import { findReplicaRestaurant } from '../replica/replica-reads';
import type { CreateOrderSagaAction } from './create-order-saga';

/** Carries out one decision of the saga inside the transaction that records the move. */
export async function performCreateOrderAction(
  tx: OrderTx,
  orderId: string,
  action: CreateOrderSagaAction,
  correlationId: string | undefined,
): Promise<void> {
  const order = await findOrder(tx, orderId);
  if (!order) throw new Error(`create-order saga refers to order ${orderId}, which does not exist`);

  switch (action.kind) {
    case 'validateOrderDetails': {
      const lines = order.lines.map(({ menuItemId, quantity, unitPriceCents }) => ({ menuItemId, quantity, unitPriceCents }));
      await enqueue(
        tx,
        createMessage('ValidateOrderDetails', orderSource, { orderId, restaurantId: order.restaurantId, lines }, correlationId),
      );
      return;
    }
    case 'approveOrder': {
      const restaurant = await findReplicaRestaurant(tx, order.restaurantId);
      if (!restaurant) throw new Error(`restaurant ${order.restaurantId} of order ${orderId} is missing from the menu replica`);
      await tx.update(orders).set({ status: 'APPROVED', updatedAt: new Date() }).where(eq(orders.id, orderId));
      await enqueue(
        tx,
        createMessage(
          'OrderApproved',
          orderSource,
          {
            orderId,
            consumerId: order.consumerId,
            restaurantId: order.restaurantId,
            restaurantName: restaurant.name,
            pickupAddress: restaurant.address,
            deliveryAddress: order.deliveryAddress,
            totalCents: order.totalCents,
          },
          correlationId,
        ),
      );
      return;
    }
    case 'rejectOrder': {
      await tx
        .update(orders)
        .set({ status: 'REJECTED', rejectionReason: action.reason, updatedAt: new Date() })
        .where(eq(orders.id, orderId));
      await enqueue(
        tx,
        createMessage('OrderRejected', orderSource, { orderId, consumerId: order.consumerId, reason: action.reason }, correlationId),
      );
      return;
    }
  }
}
