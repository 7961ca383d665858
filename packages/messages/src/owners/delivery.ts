import { z } from 'zod';
import { id } from '@tiffin/contracts';
import type { OwnerMessages } from '../owner-messages';

/** Delivery: it schedules a delivery when an order is approved (choreography) and follows the couriers. */
export const deliveryMessages = {
  owner: 'delivery',
  payloads: {
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
    /** delivery → anyone: a delivery exists for an approved order, offered to couriers. */
    DeliveryScheduled: z.object({ deliveryId: id, orderId: id, consumerId: id }),
    /** delivery → anyone (order follows): a courier took, picked up, delivered the order. */
    CourierAssigned: z.object({ orderId: id, deliveryId: id, courierId: id }),
    DeliveryPickedUp: z.object({ orderId: id, deliveryId: id }),
    DeliveryDelivered: z.object({ orderId: id, deliveryId: id }),
  },
  commandReplies: { CancelDelivery: ['DeliveryCancelled', 'DeliveryCancelRefused'] },
  queues: {
    'delivery.on-order-approved': ['OrderApproved'],
    'delivery.cancel-delivery': ['CancelDelivery'],
    // When the food will be ready, for the customer's arrival estimate and the steps' times.
    'delivery.on-kitchen-progress': ['TicketAccepted', 'TicketPreparing', 'TicketReady'],
  },
  eventLog: ['DeliveryScheduled', 'CourierAssigned', 'DeliveryPickedUp', 'DeliveryDelivered'],
} as const satisfies OwnerMessages;
