import { historyChangesQuery, orderChangeEvent, problem } from '@tiffin/contracts';
import { lastEventIdOf, openEventStream, type HttpApp } from '@tiffin/http-kit';
import type { OrderHistoryContext } from '../context';
import type { ChangeFeed } from '../live/change-feed';
import { changesAfter } from '../live/changes-since';
import { changeMatches, type HistoryChange } from '../live/history-change';

/**
 * GET /changes: the view's changes for one consumer, restaurant or courier (or the orders on offer to
 * couriers) as server-sent events, `id` the change number. A client that reconnects with
 * Last-Event-ID (or ?after=) first gets the rows that changed meanwhile, as they now are, then the
 * live changes as they commit (see ChangeFeed).
 */
/** Orders a stream remembers the last change it sent of; thousands of orders apart, reordering cannot happen. */
const rememberedOrders = 5_000;

export function streamChangesRoute(feed: ChangeFeed) {
  return (app: HttpApp, context: OrderHistoryContext): void => {
    app.get('/changes', { schema: { querystring: historyChangesQuery, response: { 400: problem } } }, async (request, reply) => {
      const { after: afterQuery, ...filter } = request.query;
      const after = lastEventIdOf(request) ?? afterQuery;
      const stream = openEventStream(request, reply);

      // The newest change sent per order: a change read while catching up may come live too, and an
      // older one must never follow a newer one. The orders changed longest ago are forgotten first.
      const sent = new Map<string, number>();
      const send = (change: HistoryChange) => {
        if ((sent.get(change.entry.id) ?? -1) >= change.seq) return;
        sent.delete(change.entry.id);
        sent.set(change.entry.id, change.seq);
        if (sent.size > rememberedOrders) sent.delete(sent.keys().next().value!);
        stream.send({ id: String(change.seq), event: orderChangeEvent, data: JSON.stringify(change.entry) });
      };

      // Listening before reading what was missed, so nothing committed in between is lost.
      let caughtUp = false;
      const waiting: HistoryChange[] = [];
      stream.onClose(
        feed.listen((change) => {
          if (!changeMatches(change, filter)) return;
          if (caughtUp) send(change);
          else waiting.push(change);
        }),
      );
      try {
        if (after !== undefined) {
          for await (const change of changesAfter(context.db, after, filter)) {
            if (stream.closed) return;
            send(change);
          }
        }
      } catch (error) {
        request.log.error({ err: error }, 'order history: catching a live client up failed');
        stream.close();
        return;
      }
      caughtUp = true;
      for (const change of waiting.splice(0)) send(change);
    });
  };
}
