import { courierPositionReport, deliveryParams, deliveryTracking, problem, trackedPosition } from '@tiffin/contracts';
import { lastEventIdOf, NotFoundError, type HttpApp } from '@tiffin/http-kit';
import { z } from 'zod';
import type { DeliveryContext } from '../context';
import { reportPosition } from '../tracking/report-position';
import type { TrackingFeed } from '../tracking/tracking-feed';
import { positionsAfter, trackingNow } from '../tracking/tracking-reads';
import { streamTracking } from '../tracking/tracking-stream';

const resumeQuery = z.object({ after: z.string().regex(/^\d{1,15}$/, 'must be a change number').transform(Number).optional() });

/** Where a delivery is for the customer who follows it, live; and where the courier's screen says they are. */
export function trackingRoutes(feed: TrackingFeed): (app: HttpApp, context: DeliveryContext) => void {
  return (app, context) => {
    app.get(
      '/deliveries/:deliveryId/tracking',
      { schema: { params: deliveryParams, response: { 200: deliveryTracking, 400: problem, 404: problem } } },
      async (request) => {
        const { deliveryId } = request.params;
        const now = await trackingNow(context.db, deliveryId);
        if (!now) throw new NotFoundError(`delivery ${deliveryId} does not exist`);
        return { ...now, trail: await positionsAfter(context.db, deliveryId, 0, now.seq) };
      },
    );

    app.get(
      '/deliveries/:deliveryId/tracking/live',
      { schema: { params: deliveryParams, querystring: resumeQuery, response: { 400: problem, 404: problem } } },
      async (request, reply) => {
        const { deliveryId } = request.params;
        if (!(await trackingNow(context.db, deliveryId))) throw new NotFoundError(`delivery ${deliveryId} does not exist`);
        streamTracking(request, reply, { db: context.db, feed, deliveryId, after: lastEventIdOf(request) ?? request.query.after ?? 0 });
        return reply;
      },
    );

    app.post(
      '/deliveries/:deliveryId/position',
      { schema: { params: deliveryParams, body: courierPositionReport, response: { 200: trackedPosition, 400: problem, 404: problem, 409: problem } } },
      (request) => reportPosition(context, feed, request.params.deliveryId, request.body),
    );
  };
}
