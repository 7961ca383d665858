import { z } from 'zod';
import { freeText, problem, sagaList } from '@tiffin/contracts';
import type { HttpApp } from '@tiffin/http-kit';
import { decodeSagaCursor, encodeSagaCursor, listSagas, type SagaCursor } from '@tiffin/saga-kit';
import { sagaStatuses } from '@tiffin/service-kit';
import type { OrderContext } from '../context';
import { sagaSummaryOf } from '../sagas/saga-views';

const sagaListQuery = z.object({
  state: z.enum(sagaStatuses).optional(),
  type: freeText().min(1).max(100).optional(),
  olderThanSeconds: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z
    .string()
    .transform((text, context): SagaCursor => {
      const cursor = decodeSagaCursor(text);
      if (cursor) return cursor;
      context.addIssue({ code: 'custom', message: 'is not a cursor from a previous page of GET /sagas' });
      return z.NEVER;
    })
    .optional(),
});

/** Monitoring: the sagas this service orchestrates, newest first, by state, type and age, a page at a time. */
export function listSagasRoute(app: HttpApp, context: OrderContext): void {
  app.get(
    '/sagas',
    { schema: { querystring: sagaListQuery, response: { 200: sagaList, 400: problem } } },
    async (request) => {
      const { cursor, ...filter } = request.query;
      const page = await listSagas(context.db, { ...filter, ...(cursor ? { after: cursor } : {}) });
      return { sagas: page.sagas.map(sagaSummaryOf), nextCursor: page.next ? encodeSagaCursor(page.next) : null };
    },
  );
}
