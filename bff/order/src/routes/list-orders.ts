import { requireRole, type HttpApp, type ServiceClient, type ServiceClients } from '@tiffin/http-kit';
import { orderHistoryMaxPage, orderHistoryPage, orderSummaryList, type OrderHistoryEntry, type OrderSummary } from '@tiffin/contracts';

/** The order and its payment, as the slice lists them, from the history's richer entry. */
function asSummary({ deliveryId: _deliveryId, courierId: _courierId, events: _events, ...order }: OrderHistoryEntry): OrderSummary {
  return order;
}

/**
 * "My orders" reads the order-history view (CQRS: the read side scales and fails apart from the order
 * service that takes orders), newest first, each with where its money is (the view follows accounting's
 * events too); the slice shows the newest page of it.
 */
export function listOrders(app: HttpApp, _orders: ServiceClient, services: ServiceClients): void {
  const history = services.of('order-history');
  app.get(
    '/orders',
    { schema: { response: { 200: orderSummaryList } } },
    async (request) => {
      const { consumerId } = requireRole(request, 'customer');
      const page = await history.get('/orders', orderHistoryPage, {
        correlationId: request.id,
        consumerId,
        query: { consumerId, limit: orderHistoryMaxPage },
      });
      return page.orders.map(asSummary);
    },
  );
}
