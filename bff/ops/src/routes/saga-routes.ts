import { orderAccepted, orderParams, problem, sagaActionDone, sagaDetail, sagaList, sagaParams } from '@tiffin/contracts';
import { auditEntry } from '@tiffin/contracts/audit';
import { abandonSagaRequest, opsSagaSearch } from '@tiffin/contracts/ops-bff';
import type { HttpApp, ServiceClient, ServiceClients } from '@tiffin/http-kit';
import { actionHeaders, audited } from '../actions/audited';
import { onBehalf } from '../actions/on-behalf';

const actionAnswers = { 200: auditEntry, 400: problem, 404: problem, 409: problem };

/** Sagas across the order service, their timelines, and the repairs an operator makes, each audited. */
export function sagaRoutes(app: HttpApp, order: ServiceClient, services: ServiceClients): void {
  const audit = services.of('audit');

  app.get('/sagas', { schema: { querystring: opsSagaSearch, response: { 200: sagaList, 400: problem } } }, (request) =>
    order.get('/sagas', sagaList, { ...onBehalf(request), query: { ...request.query, limit: 50 } }),
  );

  app.get('/sagas/:sagaId', { schema: { params: sagaParams, response: { 200: sagaDetail, 400: problem, 404: problem } } }, (request) =>
    order.get(`/sagas/${request.params.sagaId}`, sagaDetail, onBehalf(request)),
  );

  app.post('/sagas/:sagaId/retry', { schema: { headers: actionHeaders, params: sagaParams, response: actionAnswers } }, (request) =>
    audited(request, audit, {
      action: 'retry-saga',
      target: `saga ${request.params.sagaId}`,
      run: async () => {
        await order.post(`/sagas/${request.params.sagaId}/retry`, {}, sagaActionDone, onBehalf(request));
        return 'the step’s commands were sent again';
      },
    }),
  );

  app.post(
    '/sagas/:sagaId/abandon',
    { schema: { headers: actionHeaders, params: sagaParams, body: abandonSagaRequest, response: actionAnswers } },
    (request) =>
      audited(request, audit, {
        action: 'abandon-saga',
        target: `saga ${request.params.sagaId}`,
        detail: request.body.reason,
        run: async () => {
          await order.post(`/sagas/${request.params.sagaId}/abandon`, request.body, sagaActionDone, onBehalf(request));
          return 'the step failed and what was done is being undone';
        },
      }),
  );

  // The cancel-order saga, as a customer's cancel starts it: the card is released, ticket and delivery cancelled.
  app.post('/orders/:orderId/cancel', { schema: { headers: actionHeaders, params: orderParams, response: actionAnswers } }, (request) =>
    audited(request, audit, {
      action: 'cancel-order',
      target: `order ${request.params.orderId}`,
      run: async () => {
        const accepted = await order.post(`/orders/${request.params.orderId}/cancel`, {}, orderAccepted, onBehalf(request));
        return `cancelling the order (it was ${accepted.status})`;
      },
    }),
  );
}
