import type { FastifyReply, FastifyRequest } from 'fastify';
import { trackingEvents } from '@tiffin/contracts';
import { openEventStream } from '@tiffin/http-kit';
import type { DeliveryDb } from '../context';
import type { TrackingFeed } from './tracking-feed';
import { positionsAfter, trackingNow } from './tracking-reads';

/** Other instances' changes (they share the queues and the database) are read back this often. */
export const otherInstancesEveryMs = 1_000;

/**
 * Streams one delivery's tracking from change `after` on: every position reported after it, then
 * where the delivery is now; then the same at each change, told by this instance's feed at once and
 * read back every second for other instances'. One read at a time, so events go out in order.
 */
export function streamTracking(
  request: FastifyRequest,
  reply: FastifyReply,
  { db, feed, deliveryId, after }: { db: DeliveryDb; feed: TrackingFeed; deliveryId: string; after: number },
): void {
  const stream = openEventStream(request, reply);
  let sent = after;
  let reading = Promise.resolve();
  const catchUp = () => {
    reading = reading
      .then(async () => {
        if (stream.closed) return;
        const now = await trackingNow(db, deliveryId);
        if (!now || now.seq <= sent) return;
        // Up to the snapshot's number: a position committed since comes with the next one.
        for (const position of await positionsAfter(db, deliveryId, sent, now.seq)) {
          stream.send({ id: String(position.seq), event: trackingEvents.position, data: JSON.stringify(position) });
        }
        stream.send({ id: String(now.seq), event: trackingEvents.tracking, data: JSON.stringify(now) });
        sent = now.seq;
      })
      .catch((error: unknown) => request.log.warn({ err: error, deliveryId }, 'the tracking could not be read; the stream goes on'));
  };
  const unlisten = feed.listen(deliveryId, catchUp);
  const readBack = setInterval(catchUp, otherInstancesEveryMs);
  stream.onClose(() => {
    unlisten();
    clearInterval(readBack);
  });
  catchUp();
}
