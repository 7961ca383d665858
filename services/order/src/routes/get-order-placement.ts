import { orderParams, orderPlacement, problem } from '@tiffin/contracts';
import { NotFoundError, type HttpApp } from '@tiffin/http-kit';
import { findSaga } from '@tiffin/saga-kit';
import type { OrderContext } from '../context';
import { orderPlacementOf } from '../sagas/order-placement';

/** The order's placing, step by step, as its customer follows it (the order BFF checks whose it is). */
export function getOrderPlacementRoute(app: HttpApp, context: OrderContext): void {
  app.get(
    '/orders/:orderId/placement',
    { schema: { params: orderParams, response: { 200: orderPlacement, 400: problem, 404: problem } } },
    async (request) => {
      const saga = await findSaga(context.db, request.params.orderId);
      if (!saga || saga.sagaType !== 'create-order') throw new NotFoundError(`order ${request.params.orderId} does not exist`);
      return orderPlacementOf(saga);
    },
  );
}
