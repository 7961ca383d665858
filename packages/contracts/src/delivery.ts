import { z } from 'zod';
import { id } from './common';

export const deliveryStatus = z.enum(['SCHEDULED', 'PICKED_UP', 'DELIVERED', 'CANCELLED']);
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
  scheduledAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Delivery = z.infer<typeof delivery>;

/** delivery service: GET /deliveries?consumerId=&orderId= (at least one) */
export const deliveryQuery = z
  .object({ consumerId: id.optional(), orderId: id.optional() })
  .refine((q) => q.consumerId ?? q.orderId, { message: 'give consumerId or orderId' });
export const deliveryList = z.array(delivery);
export const deliveryParams = z.object({ deliveryId: id });
