import type { OrderHistoryEntry, OrderPaymentSummary, OrderStatus } from '@tiffin/contracts';
import { projections, type OrderFacts, type ProjectedEvent } from './projected-events';

const noFacts = (): OrderFacts => ({
  consumerId: null,
  restaurantId: null,
  restaurantName: null,
  deliveryAddress: null,
  lines: null,
  totalCents: null,
  status: null,
  rejectionReason: null,
  deliveryId: null,
  courierId: null,
  placedAt: null,
  payment: null,
});

/** Statuses of an order from its approval on: the create-order saga approves only once the card is held. */
const heldStatuses: readonly OrderStatus[] = ['APPROVED', 'ACCEPTED', 'PREPARING', 'READY_FOR_PICKUP', 'PICKED_UP', 'DELIVERED'];

/**
 * The order's money before accounting's event about it has come: held for the total once approved,
 * released once cancelled (the cancel-order saga releases the card before it cancels the order). A
 * rejected order may have held nothing, so only accounting's PaymentReleased says it was released.
 */
function paymentOfStatus(status: OrderStatus, totalCents: number): OrderPaymentSummary | null {
  if (heldStatuses.includes(status)) return { status: 'AUTHORIZED', amountCents: totalCents };
  if (status === 'CANCELLED') return { status: 'REVERSED', amountCents: totalCents };
  return null;
}

function byStageThenTime(a: ProjectedEvent, b: ProjectedEvent): number {
  return (
    projections[a.type].stage - projections[b.type].stage ||
    a.occurredAt.localeCompare(b.occurredAt) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * An order's history entry from all its events, whatever order they came in: the same events always
 * give the same entry, which is what makes the view rebuildable. Undefined until the OrderCreated has
 * come, since only it says what was ordered; the events before it wait in history_events.
 */
export function foldOrder(orderId: string, events: readonly ProjectedEvent[]): OrderHistoryEntry | undefined {
  const facts = noFacts();
  for (const event of [...events].sort(byStageThenTime)) {
    (projections[event.type].apply as (facts: OrderFacts, payload: unknown, occurredAt: string) => void)(facts, event.payload, event.occurredAt);
  }
  const { consumerId, restaurantId, restaurantName, deliveryAddress, lines, totalCents, status, placedAt } = facts;
  if (!placedAt || !consumerId || !restaurantId || !restaurantName || !deliveryAddress || !lines || totalCents === null || !status) {
    return undefined;
  }
  const timeline = [...events]
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || byStageThenTime(a, b))
    .map(({ type, occurredAt }) => ({ type, occurredAt }));
  return {
    id: orderId,
    consumerId,
    restaurantId,
    restaurantName,
    status,
    rejectionReason: facts.rejectionReason,
    lines,
    totalCents,
    payment: facts.payment ?? paymentOfStatus(status, totalCents),
    deliveryAddress,
    createdAt: placedAt,
    updatedAt: timeline.at(-1)!.occurredAt,
    deliveryId: facts.deliveryId,
    courierId: facts.courierId,
    events: timeline,
  };
}
