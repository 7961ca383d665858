import { orderList, orderListQuery, problem } from '@tiffin/contracts';
import type { HttpApp } from '@tiffin/http-kit';
import type { OrderContext } from '../context';
import { listOrders, listOrdersById } from '../orders/order-reads';

export function listOrdersRoute(app: HttpApp, context: OrderContext): void {
  app.get(
    '/orders',
    { schema: { querystring: orderListQuery, response: { 200: orderList, 400: problem } } },
    async (request) => {
      const { consumerId, ids } = request.query;
      return ids ? listOrdersById(context.db, ids) : listOrders(context.db, consumerId!);
    },
  );
}
