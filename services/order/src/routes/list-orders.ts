import { orderList, orderListQuery, problem } from '@tiffin/contracts';
import type { HttpApp } from '@tiffin/http-kit';
import type { OrderContext } from '../context';
import { listOrders } from '../orders/order-reads';

export function listOrdersRoute(app: HttpApp, context: OrderContext): void {
  app.get(
    '/orders',
    { schema: { querystring: orderListQuery, response: { 200: orderList, 400: problem } } },
    async (request) => listOrders(context.db, request.query.consumerId),
  );
}
