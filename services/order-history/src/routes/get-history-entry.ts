import { orderHistoryEntry, orderParams, problem } from '@tiffin/contracts';
import { NotFoundError, type HttpApp } from '@tiffin/http-kit';
import type { OrderHistoryContext } from '../context';
import { findHistoryEntry } from '../projection/history-reads';

export function getHistoryEntryRoute(app: HttpApp, context: OrderHistoryContext): void {
  app.get(
    '/orders/:orderId',
    { schema: { params: orderParams, response: { 200: orderHistoryEntry, 400: problem, 404: problem } } },
    async (request) => {
      const { orderId } = request.params;
      const found = await findHistoryEntry(context.db, orderId);
      if (!found) throw new NotFoundError(`order ${orderId} is not in the order history`);
      return found;
    },
  );
}
