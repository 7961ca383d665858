import { consumerHeaders, type HttpApp, type ServiceClient } from '@tiffin/http-kit';
import { consumerHeader, orderList } from '@tiffin/contracts';

export function listOrders(app: HttpApp, orders: ServiceClient): void {
  app.get(
    '/orders',
    { schema: { headers: consumerHeaders, response: { 200: orderList } } },
    (request) => {
      const consumerId = request.headers[consumerHeader];
      return orders.get('/orders', orderList, { correlationId: request.id, consumerId, query: { consumerId } });
    },
  );
}
