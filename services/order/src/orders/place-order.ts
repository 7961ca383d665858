import { createHash, randomUUID } from 'node:crypto';
import { createMessage } from '@tiffin/messages';
import { type CreateOrderRequest, type OrderAccepted } from '@tiffin/contracts';
import { ConflictError, UnprocessableError } from '@tiffin/http-kit';
import { enqueue, isUniqueViolation, writeAtomically, writeLater } from '@tiffin/service-kit';
import { orderLines, orders } from '../db/schema';
import { orderSource, type OrderContext } from '../context';
import { findReplicaMenu } from '../replica/replica-reads';
import { createOrderSaga } from '../saga/create-order-saga';
import { findByIdempotencyKey } from './order-reads';
import { priceOrder } from './price-order';

export interface PlaceOrderCommand {
  request: CreateOrderRequest;
  idempotencyKey: string;
  correlationId: string;
}

/** The parsed body is built in schema order, so equal requests always give equal digests. */
function fingerprintOf(request: CreateOrderRequest): string {
  return createHash('sha256').update(JSON.stringify(request)).digest('hex');
}

function replayOf(
  existing: { id: string; status: OrderAccepted['status']; requestFingerprint: string },
  fingerprint: string,
  idempotencyKey: string,
): OrderAccepted {
  if (existing.requestFingerprint !== fingerprint) {
    throw new ConflictError(`idempotency-key ${idempotencyKey} was already used for a different order`);
  }
  return { orderId: existing.id, status: existing.status };
}

/**
 * Accepts an order using only local data: checked and priced against the menu replica, then the
 * order (PENDING), its lines, the saga's first step and the outbox rows are written in one
 * statement (atomic without a transaction around it). Validation with the catalog carries on after we
 * have answered.
 *
 * Prices the customer saw are compared here, not only in the saga, so a changed price is a 409 they
 * can confirm rather than a rejected order. A menu change that lands between the replica read and
 * the write cannot charge them silently either: the order keeps the prices they saw, and the
 * catalog's ValidateOrderDetails, which compares them with its live menu, rejects it.
 */
export async function placeOrder(context: OrderContext, command: PlaceOrderCommand): Promise<OrderAccepted> {
  const { request, idempotencyKey, correlationId } = command;
  const fingerprint = fingerprintOf(request);

  const priced = priceOrder(await findReplicaMenu(context.db, request.restaurantId), request);
  if (!priced.ok) {
    // A retry of an order we already took gets the same answer, even if the menu changed since.
    const earlier = await findByIdempotencyKey(context.db, request.consumerId, idempotencyKey);
    if (earlier) return replayOf(earlier, fingerprint, idempotencyKey);
    throw priced.status === 409 ? new ConflictError(priced.problem, priced.details) : new UnprocessableError(priced.problem, priced.details);
  }

  const orderId = randomUUID();
  try {
    await writeAtomically(context.db, async (tx) => {
      await writeLater(
        tx,
        tx.insert(orders).values({
          id: orderId,
          consumerId: request.consumerId,
          restaurantId: request.restaurantId,
          restaurantName: priced.restaurantName,
          status: 'PENDING',
          totalCents: priced.totalCents,
          deliveryAddress: request.deliveryAddress,
          idempotencyKey,
          requestFingerprint: fingerprint,
        }),
      );
      await writeLater(tx, tx.insert(orderLines).values(priced.lines.map((line, lineNumber) => ({ ...line, orderId, lineNumber }))));
      const sagaLines = priced.lines.map(({ menuItemId, quantity, unitPriceCents }) => ({ menuItemId, quantity, unitPriceCents }));
      await enqueue(
        tx,
        createMessage(
          'OrderCreated',
          orderSource,
          {
            orderId,
            consumerId: request.consumerId,
            restaurantId: request.restaurantId,
            restaurantName: priced.restaurantName,
            deliveryAddress: request.deliveryAddress,
            lines: priced.lines.map(({ menuItemId, name, quantity, unitPriceCents }) => ({ menuItemId, name, quantity, unitPriceCents })),
            totalCents: priced.totalCents,
          },
          correlationId,
        ),
      );
      await createOrderSaga.start(
        tx,
        orderId,
        {
          orderId,
          consumerId: request.consumerId,
          restaurantId: request.restaurantId,
          restaurantName: priced.restaurantName,
          pickupAddress: priced.restaurantAddress,
          lines: sagaLines,
          totalCents: priced.totalCents,
          deliveryAddress: request.deliveryAddress,
          cardId: request.cardId,
        },
        correlationId,
      );
    });
  } catch (error) {
    if (!isUniqueViolation(error, 'orders_consumer_idempotency_key_uq')) throw error;
    // The key was used before: a retry, perhaps a concurrent one whose transaction committed first.
    return replayOf(await earlierOrder(context, request.consumerId, idempotencyKey), fingerprint, idempotencyKey);
  }
  context.outboxWritten();
  return { orderId, status: 'PENDING' };
}

async function earlierOrder(context: OrderContext, consumerId: string, idempotencyKey: string) {
  const earlier = await findByIdempotencyKey(context.db, consumerId, idempotencyKey);
  if (!earlier) throw new Error(`order for idempotency key ${idempotencyKey} conflicted but cannot be found`);
  return earlier;
}
