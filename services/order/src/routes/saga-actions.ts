import { z } from 'zod';
import { freeText, problem, sagaActionDone, sagaParams } from '@tiffin/contracts';
import { ConflictError, NotFoundError, type HttpApp } from '@tiffin/http-kit';
import { findSaga, type SagaOrchestrator } from '@tiffin/saga-kit';
import { inTransaction } from '@tiffin/service-kit';
import type { OrderContext, OrderTx } from '../context';
import { orchestrators } from '../sagas/orchestrators';

const abandonBody = z.object({ reason: freeText().trim().min(1).max(200) });

/**
 * An operator's repairs of a saga that is stuck: send the step's commands again (once its participant
 * is back), or give up on the step and compensate. Both run under the saga's row lock, as a reply
 * would, so they never race the participants' answers.
 */
export function sagaActionRoutes(app: HttpApp, context: OrderContext): void {
  async function act(sagaId: string, action: 'retry' | 'abandon', run: (saga: SagaOrchestrator<unknown>, tx: OrderTx) => Promise<boolean>) {
    const found = await findSaga(context.db, sagaId);
    const saga = found && orchestrators.get(found.sagaType);
    if (!found || !saga) throw new NotFoundError(`saga ${sagaId} does not exist`);
    const done = await inTransaction(context.db, (tx) => run(saga, tx));
    if (!done) throw new ConflictError(`saga ${sagaId} is ${found.status}${found.status === 'running' ? ' and waits for nobody' : ''}: there is nothing to ${action}`);
    context.outboxWritten();
    return { sagaId, action };
  }

  app.post(
    '/sagas/:sagaId/retry',
    { schema: { params: sagaParams, response: { 200: sagaActionDone, 400: problem, 404: problem, 409: problem } } },
    async (request) => act(request.params.sagaId, 'retry', (saga, tx) => saga.retry(tx, request.params.sagaId)),
  );

  app.post(
    '/sagas/:sagaId/abandon',
    { schema: { params: sagaParams, body: abandonBody, response: { 200: sagaActionDone, 400: problem, 404: problem, 409: problem } } },
    async (request) => act(request.params.sagaId, 'abandon', (saga, tx) => saga.abandon(tx, request.params.sagaId, request.body.reason)),
  );
}
