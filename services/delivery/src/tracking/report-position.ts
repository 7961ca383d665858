import { eq } from 'drizzle-orm';
import type { CityPoint, DeliveryStatus, TrackedPosition } from '@tiffin/contracts';
import { ConflictError, NotFoundError } from '@tiffin/http-kit';
import { inTransaction } from '@tiffin/service-kit';
import { courierPositions, deliveries } from '../db/schema';
import type { DeliveryContext } from '../context';
import type { TrackingFeed } from './tracking-feed';
import { nextTrackingSeq } from './tracking-seq';

/** A courier's screen reports where they are only while they carry out the delivery. */
const underWay: readonly DeliveryStatus[] = ['ASSIGNED', 'PICKED_UP'];

/**
 * Keeps where the courier's screen says they are, numbered with the delivery's tracking changes, and
 * tells the delivery's tracking streams after the commit. Only the courier who took the delivery, and
 * only while it is under way; positions are the customer's to follow, not an event for the broker.
 */
export async function reportPosition(
  context: DeliveryContext,
  feed: TrackingFeed,
  deliveryId: string,
  report: CityPoint & { courierId: string },
): Promise<TrackedPosition> {
  const reportedAt = new Date();
  const position = await inTransaction(context.db, async (tx) => {
    const [current] = await tx.select({ status: deliveries.status, courierId: deliveries.courierId }).from(deliveries).where(eq(deliveries.id, deliveryId)).for('update');
    if (!current) throw new NotFoundError(`delivery ${deliveryId} does not exist`);
    if (current.courierId !== report.courierId) throw new ConflictError(`delivery ${deliveryId} is not carried by courier ${report.courierId}`);
    if (!underWay.includes(current.status)) {
      throw new ConflictError(`delivery ${deliveryId} is ${current.status}: positions are taken only while it is ASSIGNED or PICKED_UP`);
    }
    const { seq } = (await nextTrackingSeq(tx, { deliveryId }))!;
    await tx.insert(courierPositions).values({ deliveryId, seq, x: report.x, y: report.y, reportedAt });
    return { seq, at: { x: report.x, y: report.y }, reportedAt: reportedAt.toISOString() };
  });
  feed.changed(deliveryId);
  return position;
}
