import { problem, sagaDetail, sagaParams } from '@tiffin/contracts';
import { NotFoundError, type HttpApp } from '@tiffin/http-kit';
import { findSaga } from '@tiffin/saga-kit';
import type { OrderContext } from '../context';
import { sagaDetailOf } from '../sagas/saga-views';
import { stuckRuleNow } from '../sagas/stuck-rule';

/** Monitoring: one saga's steps with their timings, compensations and errors. */
export function getSagaRoute(app: HttpApp, context: OrderContext): void {
  app.get(
    '/sagas/:sagaId',
    { schema: { params: sagaParams, response: { 200: sagaDetail, 400: problem, 404: problem } } },
    async (request) => {
      const { sagaId } = request.params;
      const saga = await findSaga(context.db, sagaId);
      if (!saga) throw new NotFoundError(`saga ${sagaId} does not exist`);
      return sagaDetailOf(saga, stuckRuleNow(context));
    },
  );
}
