import { authorizationParams, cardAuthorization, formatMoney, problem, refundRequest } from '@tiffin/contracts';
import { auditEntry } from '@tiffin/contracts/audit';
import type { HttpApp, ServiceClient, ServiceClients } from '@tiffin/http-kit';
import { actionHeaders, audited } from '../actions/audited';
import { onBehalf } from '../actions/on-behalf';

/** An order's payment as accounting keeps it, and the refund of a charge, audited like every action. */
export function paymentRoutes(app: HttpApp, _own: ServiceClient, services: ServiceClients): void {
  const accounting = services.of('accounting');
  const audit = services.of('audit');

  app.get('/orders/:orderId/payment', { schema: { params: authorizationParams, response: { 200: cardAuthorization, 400: problem, 404: problem } } }, (request) =>
    accounting.get(`/orders/${request.params.orderId}/authorization`, cardAuthorization, onBehalf(request)),
  );

  app.post(
    '/orders/:orderId/refund',
    { schema: { headers: actionHeaders, params: authorizationParams, body: refundRequest, response: { 200: auditEntry, 400: problem, 404: problem, 409: problem } } },
    (request) =>
      audited(request, audit, {
        action: 'refund-payment',
        target: `order ${request.params.orderId}`,
        detail: request.body.reason,
        run: async () => {
          const refunded = await accounting.post(`/orders/${request.params.orderId}/refund`, request.body, cardAuthorization, onBehalf(request));
          return `${formatMoney(refunded.refundedCents ?? 0)} given back to the customer’s card`;
        },
      }),
  );
}
