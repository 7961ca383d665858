import { authorizationParams, cardAuthorization, problem, refundRequest } from '@tiffin/contracts';
import type { HttpApp } from '@tiffin/http-kit';
import type { AccountingContext } from '../context';
import type { CardNetwork } from '../card-network/card-network';
import { refundPayment } from '../refund/refund-payment';

/**
 * POST /orders/:orderId/refund {reason}: gives an order's charge back (the operators' screen calls it).
 * Idempotent: asked again, it answers the refund already made.
 */
export function refundPaymentRoute(network: CardNetwork) {
  return (app: HttpApp, context: AccountingContext): void => {
    app.post(
      '/orders/:orderId/refund',
      {
        schema: {
          params: authorizationParams,
          body: refundRequest,
          response: { 200: cardAuthorization, 400: problem, 404: problem, 409: problem },
        },
      },
      (request) => refundPayment(context, network, request.params.orderId, request.body.reason),
    );
  };
}
