import { z } from 'zod';
import { freeText, id, problem, sagaList } from '@tiffin/contracts';
import type { HttpApp } from '@tiffin/http-kit';
import { decodeSagaCursor, encodeSagaCursor, listSagas, type SagaCursor } from '@tiffin/saga-kit';
import { sagaStatuses } from '@tiffin/service-kit';
import type { OrderContext } from '../context';
import { sagaSummaryOf } from '../sagas/saga-views';
import { stuckRuleNow } from '../sagas/stuck-rule';

const sagaListQuery = z.object({
  state: z.enum(sagaStatuses).optional(),
  type: freeText().min(1).max(100).optional(),
  olderThanSeconds: z.coerce.number().int().min(0).optional(),
  /** A saga is keyed by its order: the create-order saga has the order's id. */
  orderId: id.optional(),
  consumerId: id.optional(),
  restaurantId: id.optional(),
  /** Only running sagas past their step's deadline or with no progress for TIFFIN_SAGA_STUCK_AFTER_SECONDS. */
  stuck: z.enum(['true', 'false']).transform((text) => text === 'true').optional(),
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

/** Monitoring: the sagas this service orchestrates, newest first, by state, type, age, order, customer, restaurant and whether they look stuck, a page at a time. */
export function listSagasRoute(app: HttpApp, context: OrderContext): void {
  app.get(
    '/sagas',
    { schema: { querystring: sagaListQuery, response: { 200: sagaList, 400: problem } } },
    async (request) => {
      const { cursor, orderId, consumerId, restaurantId, stuck, ...filter } = request.query;
      const rule = stuckRuleNow(context);
      const dataEquals = Object.fromEntries(Object.entries({ consumerId, restaurantId }).filter((entry): entry is [string, string] => entry[1] !== undefined));
      const page = await listSagas(
        context.db,
        {
          ...filter,
          ...(orderId ? { ids: [orderId] } : {}),
          dataEquals,
          ...(stuck ? { stuckSince: new Date(rule.now.getTime() - rule.stuckAfterMs) } : {}),
          ...(cursor ? { after: cursor } : {}),
        },
        rule.now,
      );
      return { sagas: page.sagas.map((saga) => sagaSummaryOf(saga, rule)), nextCursor: page.next ? encodeSagaCursor(page.next) : null };
    },
  );
}
