import { z } from 'zod';
import { id, cents } from '@tiffin/contracts';
import type { OwnerMessages } from '../owner-messages';

/** The order service: the order's events, the sagas it orchestrates and what it follows. */
export const orderMessages = {
  owner: 'order',
  payloads: {
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
  },
  queues: {
    'order.menu-replica': ['RestaurantMenuPublished'],
    // The order follows the kitchen and the courier after approval (choreography).
    'order.order-progress': ['TicketAccepted', 'TicketPreparing', 'TicketReady', 'TicketDeclined', 'DeliveryPickedUp', 'DeliveryDelivered'],
  },
  sagas: {
    'order.create-order-saga': ['ValidateConsumer', 'ValidateOrderDetails', 'CreateTicket', 'AuthorizeCard', 'ConfirmTicket'],
    'order.cancel-order-saga': ['CancelDelivery', 'CancelTicket', 'ReverseAuthorization'],
  },
  eventLog: ['OrderCreated', 'OrderApproved', 'OrderRejected', 'OrderCancelled'],
} as const satisfies OwnerMessages;
