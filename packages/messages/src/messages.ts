import { z } from 'zod';
import { cents, id, menuItem } from '@tiffin/contracts';

/**
 * Every message on the broker: events (something happened) and saga commands/replies. The `type`
 * is the routing key; each consumer validates the payload against this catalogue on receipt.
 */
const payloads = {
  /** catalog → anyone keeping a menu replica (order). Carries the whole current menu. */
  RestaurantMenuPublished: z.object({
    restaurantId: id,
    name: z.string(),
    address: z.string(),
    open: z.boolean(),
    menu: z.array(menuItem.omit({ restaurantId: true, description: true })),
  }),
  /**
   * order → anyone: a customer placed an order (status PENDING). Carries what the customer sees of it
   * (names, address), so a view fed only by events (order-history) can show a rejected order too.
   */
  OrderCreated: z.object({
    orderId: id,
    consumerId: id,
    restaurantId: id,
    restaurantName: z.string(),
    deliveryAddress: z.string(),
    lines: z.array(z.object({ menuItemId: id, name: z.string(), quantity: z.number().int().min(1), unitPriceCents: cents })),
    totalCents: cents,
  }),
  /** create-order saga (order) → catalog: check the restaurant can take these lines now. */
  ValidateOrderDetails: z.object({
    orderId: id,
    restaurantId: id,
    lines: z.array(z.object({ menuItemId: id, quantity: z.number().int().min(1), unitPriceCents: cents })),
  }),
  /** catalog → create-order saga: reply to ValidateOrderDetails. */
  OrderDetailsValidated: z.object({ orderId: id }),
  OrderDetailsRejected: z.object({ orderId: id, reason: z.string() }),
  /** create-order saga (order) → consumer: may this customer order, paying with this card of theirs? */
  ValidateConsumer: z.object({ orderId: id, consumerId: id, cardId: id }),
  /** `paymentToken` is the card as the card network knows it: what accounting authorises, never the number. */
  ConsumerValidated: z.object({ orderId: id, paymentToken: z.string().min(1) }),
  ConsumerRejected: z.object({ orderId: id, reason: z.string() }),
  /** create-order saga → kitchen: open a ticket for the order (pending until confirmed). */
  CreateTicket: z.object({
    orderId: id,
    restaurantId: id,
    lines: z.array(z.object({ menuItemId: id, quantity: z.number().int().min(1) })),
  }),
  TicketCreated: z.object({ orderId: id, ticketId: id }),
  TicketRejected: z.object({ orderId: id, reason: z.string() }),
  /**
   * create-order saga → kitchen: compensation of CreateTicket. Idempotent, and it may come before the
   * CreateTicket it undoes (that one was late): the kitchen then refuses the late CreateTicket.
   */
  CancelTicket: z.object({ orderId: id, restaurantId: id }),
  /** kitchen → the saga that cancelled: the ticket is CANCELLED (the create-order saga does not wait for it). */
  TicketCancelled: z.object({ orderId: id }),
  /** create-order saga → kitchen: the order is paid for; the kitchen may start. */
  ConfirmTicket: z.object({ orderId: id }),
  TicketConfirmed: z.object({ orderId: id }),
  /** create-order saga → accounting: authorise the customer's card for the total. */
  AuthorizeCard: z.object({ orderId: id, consumerId: id, cardId: id, paymentToken: z.string().min(1), totalCents: cents }),
  CardAuthorized: z.object({ orderId: id, authorizationId: id }),
  CardDeclined: z.object({ orderId: id, reason: z.string() }),
  /**
   * create-order and cancel-order sagas → accounting: release the authorisation. Idempotent, and it may
   * come before a late AuthorizeCard, which accounting then declines.
   */
  ReverseAuthorization: z.object({ orderId: id }),
  /** accounting → the saga that reversed: nothing stays held on the card for the order. */
  AuthorizationReversed: z.object({ orderId: id }),
  /**
   * cancel-order saga → delivery: cancel the order's delivery. Idempotent; it may come before the
   * OrderApproved that schedules it, so it carries what the delivery would have been, to hold the
   * order's place (a late OrderApproved then schedules nothing).
   */
  CancelDelivery: z.object({
    orderId: id,
    consumerId: id,
    restaurantId: id,
    restaurantName: z.string(),
    pickupAddress: z.string(),
    deliveryAddress: z.string(),
  }),
  DeliveryCancelled: z.object({ orderId: id }),
  /** delivery → cancel-order saga: too late, the courier has the food; `reason` is shown to the customer. */
  DeliveryCancelRefused: z.object({ orderId: id, reason: z.string() }),
  /** order → anyone (delivery reacts): the saga ended well. */
  OrderApproved: z.object({
    orderId: id,
    consumerId: id,
    restaurantId: id,
    restaurantName: z.string(),
    pickupAddress: z.string(),
    deliveryAddress: z.string(),
    totalCents: cents,
  }),
  /** order → anyone: the saga ended in rejection; `reason` is shown to the customer. */
  OrderRejected: z.object({ orderId: id, consumerId: id, reason: z.string() }),
  /** order → anyone: the cancel-order saga ended; the card is released, the ticket and delivery cancelled. */
  OrderCancelled: z.object({ orderId: id, consumerId: id }),
  /** delivery → anyone: a delivery exists for an approved order, offered to couriers. */
  DeliveryScheduled: z.object({ deliveryId: id, orderId: id, consumerId: id }),
  /** kitchen → anyone (order follows): the staff moved the ticket of an approved order on. */
  TicketAccepted: z.object({ orderId: id, ticketId: id }),
  TicketPreparing: z.object({ orderId: id, ticketId: id }),
  TicketReady: z.object({ orderId: id, ticketId: id }),
  /** kitchen → anyone: the staff will not make this order; the order service cancels it, `reason` shown to the customer. */
  TicketDeclined: z.object({ orderId: id, ticketId: id, reason: z.string() }),
  /** delivery → anyone (order follows): a courier took, picked up, delivered the order. */
  CourierAssigned: z.object({ orderId: id, deliveryId: id, courierId: id }),
  DeliveryPickedUp: z.object({ orderId: id, deliveryId: id }),
  DeliveryDelivered: z.object({ orderId: id, deliveryId: id }),
  /**
   * A view (`requester`) being rebuilt → every owner of an event log (see eventLogs): republish your
   * logged events of these types, addressed to me, for this rebuild.
   */
  ReplayEvents: z.object({ rebuildId: id, requester: z.string().min(1), types: z.array(z.string().min(1)).min(1) }),
  /**
   * owner → the view that asked: one logged event, exactly as first published. Its own type, so the
   * live consumers of the event (delivery scheduling, …) never see a replay.
   */
  ReplayedEvent: z.object({
    rebuildId: id,
    requester: z.string(),
    owner: z.string(),
    /** The whole message; the receiver checks it against this catalogue as it checks a live one. */
    event: z.object({ id, type: z.string() }).loose(),
  }),
  /** owner → the view that asked: every one of its `events` logged events has been republished. */
  EventReplayFinished: z.object({ rebuildId: id, requester: z.string(), owner: z.string(), events: z.number().int().nonnegative() }),
} as const;

export const messagePayloads = payloads;
export type MessageType = keyof typeof payloads;
export const messageTypes = Object.keys(payloads) as MessageType[];
export type MessagePayload<T extends MessageType> = z.infer<(typeof payloads)[T]>;

export const messageEnvelope = z.object({
  /** Unique per message; consumers deduplicate on it. */
  id,
  type: z.enum(messageTypes as [MessageType, ...MessageType[]]),
  /** The service that wrote the message. */
  source: z.string(),
  occurredAt: z.iso.datetime(),
  correlationId: z.string().optional(),
  payload: z.unknown(),
});

export type Message<T extends MessageType = MessageType> = {
  [K in T]: {
    id: string;
    type: K;
    source: string;
    occurredAt: string;
    correlationId?: string;
    payload: MessagePayload<K>;
  };
}[T];

/** Parses raw bytes/JSON from the wire into a typed message; throws a ZodError naming the bad field. */
export function parseMessage(raw: unknown): Message {
  const envelope = messageEnvelope.parse(raw);
  const payload = payloads[envelope.type].parse(envelope.payload);
  return { ...envelope, payload } as Message;
}

/** Builds a message with a fresh id and timestamp, checking the payload against the catalogue. */
export function createMessage<T extends MessageType>(
  type: T,
  source: string,
  payload: MessagePayload<T>,
  correlationId?: string,
): Message<T> {
  const checked = payloads[type].parse(payload);
  return {
    id: crypto.randomUUID(),
    type,
    source,
    occurredAt: new Date().toISOString(),
    ...(correlationId ? { correlationId } : {}),
    payload: checked,
  } as Message<T>;
}
