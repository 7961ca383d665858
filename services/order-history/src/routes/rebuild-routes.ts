import { problem, rebuildParams, rebuildStatus } from '@tiffin/contracts';
import { NotFoundError, type HttpApp } from '@tiffin/http-kit';
import type { OrderHistoryContext } from '../context';
import { findRebuild } from '../rebuild/rebuild-progress';
import { startRebuild } from '../rebuild/start-rebuild';

/** Operators' commands: drop the view and replay it from the owners' event logs; follow how it goes. */
export function rebuildRoutes(app: HttpApp, context: OrderHistoryContext): void {
  app.post('/admin/rebuild', { schema: { response: { 202: rebuildStatus } } }, async (request, reply) => {
    const rebuildId = await startRebuild(context, request.id);
    const started = await findRebuild(context.db, rebuildId);
    if (!started) throw new Error(`rebuild ${rebuildId} was started but cannot be read back`);
    return reply.code(202).send(started);
  });

  app.get(
    '/admin/rebuilds/:rebuildId',
    { schema: { params: rebuildParams, response: { 200: rebuildStatus, 400: problem, 404: problem } } },
    async (request) => {
      const found = await findRebuild(context.db, request.params.rebuildId);
      if (!found) throw new NotFoundError(`rebuild ${request.params.rebuildId} does not exist`);
      return found;
    },
  );
}
