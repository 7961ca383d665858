import {
  NotFoundError,
  ProblemError,
  requireRole,
  type HttpApp,
  type ServiceClient,
  type ServiceClients,
} from '@tiffin/http-kit';
import {
  cardAuthorization,
  deliveryList,
  order,
  orderDetails,
  orderParams,
  orderPlacement,
  restaurant,
  type OrderDetails,
  type OrderDetailsNotice,
  type OrderDetailsPart,
} from '@tiffin/contracts';
import { orderPaymentOf } from './order-payment';

/**
 * How long each part may take. The order page is worth showing without a slow part, so a part gets
 * much less than the order itself does; its own breaker (one client per service) then stops asking a
 * service that keeps failing.
 */
export const orderDetailsPartTimeoutMs = 800;

const missing: Record<OrderDetailsPart, string> = {
  restaurant: 'Restaurant details are unavailable right now; your order is not affected.',
  delivery: 'Delivery details are unavailable right now; your order is not affected.',
  payment: 'Payment details are unavailable right now; your order is not affected.',
};

type Part<T> = { value: T | null; notice?: OrderDetailsNotice };

/** One part of the answer: its value, null when it does not exist yet, or null and a notice when it failed. */
async function part<T>(name: OrderDetailsPart, fetch: () => Promise<T | null>): Promise<Part<T>> {
  try {
    return { value: await fetch() };
  } catch {
    // The service client has logged why (with the correlation id); the customer reads what is missing.
    return { value: null, notice: { part: name, message: missing[name] } };
  }
}

/** A 404 from the owner means the thing does not exist yet (an order still being placed), not a failure. */
async function orNullWhenMissing<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof ProblemError && error.statusCode === 404) return null;
    throw error;
  }
}

/**
 * The customer's order with what the other services know of it (API composition): the restaurant
 * and the ordered dishes (catalog), the delivery (delivery) and the card authorisation (accounting),
 * asked in parallel. Only the order failing fails the answer; a part that fails or is too slow is
 * null with a notice. Someone else's order answers exactly like a missing one.
 */
export function getOrderDetails(app: HttpApp, orders: ServiceClient, services: ServiceClients): void {
  const catalog = services.of('catalog');
  const deliveries = services.of('delivery');
  const accounting = services.of('accounting');

  app.get(
    '/orders/:orderId/details',
    { schema: { params: orderParams, response: { 200: orderDetails } } },
    async (request): Promise<OrderDetails> => {
      const { consumerId } = requireRole(request, 'customer');
      const { orderId } = request.params;
      const partCall = { correlationId: request.id, timeoutMs: orderDetailsPartTimeoutMs };

      // The parts keyed by the order id need not wait for the order.
      const deliveryPart = part('delivery', async () => {
        const [found] = await deliveries.get('/deliveries', deliveryList, { ...partCall, query: { orderId } });
        return found ?? null;
      });
      const paymentPart = part('payment', async () => {
        const authorization = await orNullWhenMissing(accounting.get(`/orders/${orderId}/authorization`, cardAuthorization, partCall));
        return authorization && orderPaymentOf(authorization);
      });

      const found = await orders.get(`/orders/${orderId}`, order, { correlationId: request.id, consumerId });
      if (found.consumerId !== consumerId) throw new NotFoundError(`order ${orderId} not found`);

      const restaurantPart = part('restaurant', async () => {
        const { menu, ...summary } = await catalog.get(`/restaurants/${found.restaurantId}`, restaurant, partCall);
        const ordered = new Set(found.lines.map((line) => line.menuItemId));
        return { ...summary, dishes: menu.filter((dish) => ordered.has(dish.id)) };
      });

      // How the order is being placed, from the order service's saga; a page that cannot get it shows the status alone.
      const placementOf = orNullWhenMissing(orders.get(`/orders/${orderId}/placement`, orderPlacement, partCall)).catch(() => null);
      const [restaurantOf, deliveryOf, paymentOf, placement] = await Promise.all([restaurantPart, deliveryPart, paymentPart, placementOf]);
      return {
        order: found,
        restaurant: restaurantOf.value,
        // Ownership is the BFF's to keep: a delivery of someone else's order never reaches this caller.
        delivery: deliveryOf.value?.consumerId === consumerId ? deliveryOf.value : null,
        payment: paymentOf.value,
        placement,
        notices: [restaurantOf.notice, deliveryOf.notice, paymentOf.notice].filter((notice) => notice !== undefined),
      };
    },
  );
}
