import { authorizationParams, cardAuthorization, problem } from '@tiffin/contracts';
import { NotFoundError, type HttpApp } from '@tiffin/http-kit';
import type { AccountingContext } from '../context';
import { findAuthorizationOfOrder } from '../authorization/authorization-reads';

export function getAuthorizationRoute(app: HttpApp, context: AccountingContext): void {
  app.get(
    '/orders/:orderId/authorization',
    { schema: { params: authorizationParams, response: { 200: cardAuthorization, 400: problem, 404: problem } } },
    async (request) => {
      const { orderId } = request.params;
      const found = await findAuthorizationOfOrder(context.db, orderId);
      if (!found) throw new NotFoundError(`order ${orderId} has no card authorisation`);
      return found;
    },
  );
}
