import { eq } from 'drizzle-orm';
import { createMessage } from '@tiffin/contracts';
import { enqueue, writeLater, type Tx } from '@tiffin/service-kit';
import { orders } from '../db/schema';
import { orderSource, type OrderTx } from '../context';
import { findReplicaRestaurant } from '../replica/replica-reads';

/** What the create-order saga carries from step to step, so no step has to read the order back. */
export interface CreateOrderSagaData {
  orderId: string;
  consumerId: string;
  restaurantId: string;
  /** Carried from the menu replica at order time, so approving needs no read; absent in sagas started before. */
  restaurantName?: string;
  pickupAddress?: string;
  lines: { menuItemId: string; quantity: number; unitPriceCents: number }[];
  totalCents: number;
  deliveryAddress: string;
}

/** The kit hands local steps a transaction on the service's database; it is the order service's own. */
const asOrderTx = (tx: Tx<Record<string, unknown>>) => tx as unknown as OrderTx;

export async function approveOrder(anyTx: Tx<Record<string, unknown>>, data: CreateOrderSagaData): Promise<void> {
  const tx = asOrderTx(anyTx);
  const { restaurantName, pickupAddress } = await restaurantOf(tx, data);
  await writeLater(tx, tx.update(orders).set({ status: 'APPROVED', updatedAt: new Date() }).where(eq(orders.id, data.orderId)));
  await enqueue(
    tx,
    createMessage('OrderApproved', orderSource, {
      orderId: data.orderId,
      consumerId: data.consumerId,
      restaurantId: data.restaurantId,
      restaurantName,
      pickupAddress,
      deliveryAddress: data.deliveryAddress,
      totalCents: data.totalCents,
    }),
  );
}

export async function rejectOrder(anyTx: Tx<Record<string, unknown>>, data: CreateOrderSagaData, reason: string): Promise<void> {
  const tx = asOrderTx(anyTx);
  await writeLater(tx, tx.update(orders).set({ status: 'REJECTED', rejectionReason: reason, updatedAt: new Date() }).where(eq(orders.id, data.orderId)));
  await enqueue(tx, createMessage('OrderRejected', orderSource, { orderId: data.orderId, consumerId: data.consumerId, reason }));
}

/** Sagas started before the saga carried the restaurant read it from the replica (as it was then). */
async function restaurantOf(tx: OrderTx, data: CreateOrderSagaData): Promise<{ restaurantName: string; pickupAddress: string }> {
  if (data.restaurantName !== undefined && data.pickupAddress !== undefined) {
    return { restaurantName: data.restaurantName, pickupAddress: data.pickupAddress };
  }
  const restaurant = await findReplicaRestaurant(tx, data.restaurantId);
  if (!restaurant) throw new Error(`restaurant ${data.restaurantId} of order ${data.orderId} is missing from the menu replica`);
  return { restaurantName: restaurant.name, pickupAddress: restaurant.address };
}
