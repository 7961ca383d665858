import { requireRole, type HttpApp, type ServiceClient, type ServiceClients } from '@tiffin/http-kit';
import { orderHistoryMaxPage, orderHistoryPage, orderList, type Order, type OrderHistoryEntry } from '@tiffin/contracts';

/** The order contract the slice reads, from the history's richer entry. */
function asOrder({ deliveryId: _deliveryId, events: _events, ...order }: OrderHistoryEntry): Order {
  return order;
}

/**
 * "My orders" reads the order-history view (CQRS: the read side scales and fails apart from the order
 * service that takes orders), newest first; the slice shows the newest page of it.
 */
export function listOrders(app: HttpApp, _orders: ServiceClient, services: ServiceClients): void {
  const history = services.of('order-history');
  app.get(
    '/orders',
    { schema: { response: { 200: orderList } } },
    async (request) => {
      const { consumerId } = requireRole(request, 'customer');
      const page = await history.get('/orders', orderHistoryPage, {
        correlationId: request.id,
        consumerId,
        query: { consumerId, limit: orderHistoryMaxPage },
      });
      return page.orders.map(asOrder);
    },
  );
}
