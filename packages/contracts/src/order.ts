import { z } from 'zod';
import { cents, id } from './common';
import { freeText } from './text';

/**
 * Where an order is in the create-order saga. The consumer and the restaurant are validated in
 * parallel: whichever answers first gives CONSUMER_VALIDATED or ORDER_DETAILS_VALIDATED, both give
 * VALIDATED; the ticket and the card follow, then APPROVED. Any failure ends REJECTED. After approval
 * the order follows the kitchen (ACCEPTED, PREPARING, READY_FOR_PICKUP) and the courier (PICKED_UP,
 * DELIVERED). An order cancelled before pickup (by the customer, or the kitchen rejecting it) ends
 * CANCELLED once the cancel-order saga has undone it.
 */
export const orderStatus = z.enum([
  'PENDING',
  'CONSUMER_VALIDATED',
  'ORDER_DETAILS_VALIDATED',
  'VALIDATED',
  'APPROVED',
  'ACCEPTED',
  'PREPARING',
  'READY_FOR_PICKUP',
  'PICKED_UP',
  'DELIVERED',
  'REJECTED',
  'CANCELLED',
]);
export type OrderStatus = z.infer<typeof orderStatus>;

export const orderLineInput = z.object({
  menuItemId: id,
  quantity: z.number().int().min(1).max(50),
  /**
   * The price the customer saw for one (the cart's). When given, an order whose menu price differs,
   * or whose dish is sold out now, is not placed: 409 PRICE_CHANGED lists the changed lines. The
   * order slice always sends it; without it the order is priced at the menu's price of the moment.
   */
  unitPriceCents: cents.optional(),
});

/** Body of POST /orders at the order BFF (the consumer comes from the session header). */
export const placeOrderRequest = z.object({
  restaurantId: id,
  lines: z.array(orderLineInput).min(1).max(50),
  deliveryAddress: freeText().trim().min(3).max(200),
  /** One of the customer's payment cards (consumer service); authorised for the total. */
  cardId: id,
});
export type PlaceOrderRequest = z.infer<typeof placeOrderRequest>;

/** Body of POST /orders at the order service. */
export const createOrderRequest = placeOrderRequest.extend({ consumerId: id });
export type CreateOrderRequest = z.infer<typeof createOrderRequest>;

export const orderLine = z.object({
  menuItemId: id,
  name: z.string(),
  quantity: z.number().int().min(1),
  unitPriceCents: cents,
});
export type OrderLine = z.infer<typeof orderLine>;

export const order = z.object({
  id,
  consumerId: id,
  restaurantId: id,
  restaurantName: z.string(),
  status: orderStatus,
  /** Why the order was rejected, in words a customer can read. */
  rejectionReason: z.string().nullable(),
  lines: z.array(orderLine),
  totalCents: cents,
  deliveryAddress: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Order = z.infer<typeof order>;

export const orderParams = z.object({ orderId: id });
/** The most orders GET /orders?ids= answers at once: a kitchen's open tickets, not an export. */
export const orderListMaxIds = 100;

/** order service: GET /orders?consumerId= (a customer's orders) or ?ids=a,b,c (those orders, e.g. a kitchen's tickets). */
export const orderListQuery = z
  .object({
    consumerId: id.optional(),
    // Split by hand, not preprocessed: slices share these contracts and get only the part of zod the shell provides.
    ids: z
      .string()
      .transform((list) => list.split(','))
      .pipe(z.array(id).min(1).max(orderListMaxIds))
      .optional(),
  })
  .refine((q) => (q.consumerId === undefined) !== (q.ids === undefined), {
    message: 'give either consumerId or ids',
    path: ['consumerId'],
  });
export const orderList = z.array(order);

/** Answer of POST /orders, service and BFF alike: the order exists, validation goes on. */
export const orderAccepted = z.object({ orderId: id, status: orderStatus });
export type OrderAccepted = z.infer<typeof orderAccepted>;
