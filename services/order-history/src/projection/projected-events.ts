import { consumerQueueTypes, type Message, type MessagePayload } from '@tiffin/messages';
import { type OrderPaymentSummary, type OrderStatus } from '@tiffin/contracts';

/** The events the view is fed with: the types bound to its queue in @tiffin/messages' owners/order-history.ts. */
export const projectedTypes = consumerQueueTypes['order-history.events'];
export type ProjectedType = (typeof projectedTypes)[number];
export type ProjectedEvent = Message<ProjectedType>;

export function isProjected(message: Message): message is ProjectedEvent {
  return (projectedTypes as readonly string[]).includes(message.type);
}

/** What the events of one order have told so far; each field stays null until an event says it. */
export interface OrderFacts {
  consumerId: string | null;
  restaurantId: string | null;
  restaurantName: string | null;
  deliveryAddress: string | null;
  lines: { menuItemId: string; name: string; quantity: number; unitPriceCents: number }[] | null;
  totalCents: number | null;
  status: OrderStatus | null;
  rejectionReason: string | null;
  deliveryId: string | null;
  courierId: string | null;
  placedAt: string | null;
  /** What accounting said last of the order's money; until it says anything, the status tells (fold-order). */
  payment: OrderPaymentSummary | null;
}

interface Projection<T extends ProjectedType> {
  /**
   * Where in an order's life the event belongs. Events are applied by stage, then by time, so an
   * approval that arrives before its order's creation still ends APPROVED, and an event of a later
   * stage is never overwritten by an earlier one. A new event
   * takes a stage of its own between these.
   */
  stage: number;
  apply(facts: OrderFacts, payload: MessagePayload<T>, occurredAt: string): void;
}

export const projections: { [T in ProjectedType]: Projection<T> } = {
  OrderCreated: {
    stage: 0,
    apply(facts, payload, occurredAt) {
      const { consumerId, restaurantId, restaurantName, deliveryAddress, lines, totalCents } = payload;
      Object.assign(facts, { consumerId, restaurantId, restaurantName, deliveryAddress, lines, totalCents, placedAt: occurredAt });
      facts.status ??= 'PENDING';
    },
  },
  OrderApproved: {
    stage: 100,
    apply(facts, payload) {
      const { consumerId, restaurantId, restaurantName, deliveryAddress, totalCents } = payload;
      Object.assign(facts, { consumerId, restaurantId, restaurantName, deliveryAddress, totalCents, status: 'APPROVED' });
    },
  },
  OrderRejected: {
    stage: 100,
    apply(facts, payload) {
      Object.assign(facts, { consumerId: payload.consumerId, status: 'REJECTED', rejectionReason: payload.reason });
    },
  },
  /** The last word on an order: whatever delivery or kitchen events come with it, it stays CANCELLED. */
  OrderCancelled: {
    stage: 900,
    apply(facts, payload) {
      Object.assign(facts, { consumerId: payload.consumerId, status: 'CANCELLED' });
    },
  },
  DeliveryScheduled: {
    stage: 200,
    apply(facts, payload) {
      Object.assign(facts, { consumerId: payload.consumerId, deliveryId: payload.deliveryId });
    },
  },
  // After approval, the kitchen's and the courier's steps, in the order they happen to an order.
  TicketAccepted: { stage: 300, apply: (facts) => void (facts.status = 'ACCEPTED') },
  TicketPreparing: { stage: 400, apply: (facts) => void (facts.status = 'PREPARING') },
  TicketReady: { stage: 500, apply: (facts) => void (facts.status = 'READY_FOR_PICKUP') },
  /** Shown in the events; the order's status follows the food, not who carries it. */
  CourierAssigned: {
    stage: 550,
    apply(facts, payload) {
      facts.deliveryId ??= payload.deliveryId;
      facts.courierId = payload.courierId;
    },
  },
  DeliveryPickedUp: { stage: 600, apply: (facts) => void (facts.status = 'PICKED_UP') },
  DeliveryDelivered: { stage: 700, apply: (facts) => void (facts.status = 'DELIVERED') },
  // Accounting's word on the money: the charge follows the delivery, a refund the charge, and a
  // release the order's end (its cancellation or rejection).
  PaymentCaptured: {
    stage: 750,
    apply: (facts, payload) => void (facts.payment = { status: 'CAPTURED', amountCents: payload.amountCents }),
  },
  PaymentRefunded: {
    stage: 760,
    apply: (facts, payload) => void (facts.payment = { status: 'REFUNDED', amountCents: payload.amountCents }),
  },
  PaymentReleased: {
    stage: 950,
    apply: (facts, payload) => void (facts.payment = { status: 'REVERSED', amountCents: payload.amountCents }),
  },
  /** The kitchen would not make it: the order service cancels it (OrderCancelled follows); the reason is what the customer reads. */
  TicketDeclined: {
    stage: 800,
    apply(facts, payload) {
      facts.rejectionReason = payload.reason;
    },
  },
};
