import { orderHistoryPage, orderHistoryQuery, problem } from '@tiffin/contracts';
import type { HttpApp } from '@tiffin/http-kit';
import type { OrderHistoryContext } from '../context';
import { listHistory } from '../projection/history-reads';

export function listHistoryRoute(app: HttpApp, context: OrderHistoryContext): void {
  app.get(
    '/orders',
    { schema: { querystring: orderHistoryQuery, response: { 200: orderHistoryPage, 400: problem } } },
    async (request) => listHistory(context.db, request.query),
  );
}
