import { z } from 'zod';
import { cents, id } from './common';

/** SCHEDULED is offered to couriers; a courier takes it (ASSIGNED), picks the food up, delivers it. */
export const deliveryStatus = z.enum(['SCHEDULED', 'ASSIGNED', 'PICKED_UP', 'DELIVERED', 'CANCELLED']);
export type DeliveryStatus = z.infer<typeof deliveryStatus>;

export const delivery = z.object({
  id,
  orderId: id,
  consumerId: id,
  restaurantId: id,
  restaurantName: z.string(),
  pickupAddress: z.string(),
  deliveryAddress: z.string(),
  status: deliveryStatus,
  /** The courier who took it; null while it is offered. */
  courierId: id.nullable(),
  /** What the order came to, so a courier knows what they carry; null when no approval brought it. */
  totalCents: cents.nullable(),
  scheduledAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Delivery = z.infer<typeof delivery>;

/** delivery service: GET /deliveries?consumerId=&orderId=&courierId= (at least one) */
export const deliveryQuery = z
  .object({ consumerId: id.optional(), orderId: id.optional(), courierId: id.optional() })
  .refine((q) => q.consumerId ?? q.orderId ?? q.courierId, { message: 'give consumerId, orderId or courierId' });
export const deliveryList = z.array(delivery);
export const deliveryParams = z.object({ deliveryId: id });

/** delivery service: GET /offered-deliveries, the deliveries no courier has taken yet, oldest first. */
export const offeredDeliveryList = deliveryList;
/** Body of a courier's POST /deliveries/:deliveryId/{take,pick-up,deliver}: who they are, until sign-in. */
export const courierRequest = z.object({ courierId: id });

/** What a courier does to a delivery, in its order: take it on, pick the food up, hand it over. */
export const courierActions = ['take', 'pick-up', 'deliver'] as const;
export type CourierAction = (typeof courierActions)[number];

/** The message a courier reads when another courier took the delivery first (delivery BFF, 409). */
export const takenByAnotherCourier = 'Someone else took this delivery';
