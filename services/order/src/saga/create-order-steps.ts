import { and, eq, inArray } from 'drizzle-orm';
import { createMessage } from '@tiffin/messages';
import { type OrderStatus } from '@tiffin/contracts';
import { enqueue, gatherInBatch, writeLater, type Tx } from '@tiffin/service-kit';
import { orders, type OrderSchema } from '../db/schema';
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
  /** The customer's card, as the consumer service knows it. */
  cardId: string;
  /** The card as the card network knows it; given by the consumer service when it validated the order. */
  paymentToken?: string;
  ticketId?: string;
}

/** The kit hands local steps a transaction on the service's database; it is the order service's own. */
const asOrderTx = (tx: Tx<Record<string, unknown>>) => tx as unknown as OrderTx;

/** Which statuses a validation may follow: a later one is never overwritten by an earlier. */
const validationFollows: Record<'CONSUMER_VALIDATED' | 'ORDER_DETAILS_VALIDATED' | 'VALIDATED', OrderStatus[]> = {
  CONSUMER_VALIDATED: ['PENDING'],
  ORDER_DETAILS_VALIDATED: ['PENDING'],
  VALIDATED: ['PENDING', 'CONSUMER_VALIDATED', 'ORDER_DETAILS_VALIDATED'],
};

type ValidationStatus = keyof typeof validationFollows;

/**
 * One validation answered (or both): the customer sees how far their order got. Held back, and only
 * the batch's last mark of each order is written: the reply that completes the step marks both its own
 * validation and VALIDATED, and held-back writes must not touch one row twice. VALIDATED follows
 * either single validation, so the last mark is always the one to keep.
 */
const gatherMark = gatherInBatch<OrderSchema, { orderId: string; status: ValidationStatus }>(async (tx, marks) => {
  const lastOf = new Map(marks.map(({ orderId, status }) => [orderId, status]));
  for (const [orderId, status] of lastOf) await writeLater(tx, markAs(tx, orderId, status));
});

export function markOrder(anyTx: Tx<Record<string, unknown>>, data: CreateOrderSagaData, status: ValidationStatus): Promise<void> {
  return gatherMark(asOrderTx(anyTx), { orderId: data.orderId, status });
}

function markAs(tx: OrderTx, orderId: string, status: ValidationStatus) {
  return tx
    .update(orders)
    .set({ status, updatedAt: new Date() })
    .where(and(eq(orders.id, orderId), inArray(orders.status, validationFollows[status])));
}

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
