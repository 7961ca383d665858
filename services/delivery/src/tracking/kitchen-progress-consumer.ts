import { eq } from 'drizzle-orm';
import type { Message } from '@tiffin/messages';
import type { Subscription } from '@tiffin/broker';
import { handleOnce } from '@tiffin/service-kit';
import { kitchenProgress } from '../db/schema';
import type { DeliveryContext } from '../context';
import type { TrackingFeed } from './tracking-feed';
import { nextTrackingSeq } from './tracking-seq';

export const kitchenProgressConsumer = 'delivery.on-kitchen-progress';

type KitchenStep = Message<'TicketAccepted' | 'TicketPreparing' | 'TicketReady'>;

/**
 * Choreography: delivery follows the kitchen to know when the food will be ready, which the
 * customer's arrival estimate and the steps' times show. Kept by order (the kitchen may speak before
 * the delivery exists); each time is kept once, and an estimate only moves on to a later step's.
 */
export function kitchenProgressSubscription(feed: TrackingFeed): (context: DeliveryContext) => Subscription<KitchenStep['type']> {
  return (context) => ({
    consumer: kitchenProgressConsumer,
    types: ['TicketAccepted', 'TicketPreparing', 'TicketReady'],
    handle: async (step: KitchenStep) => {
      let changed: string | undefined;
      await handleOnce(context.db, kitchenProgressConsumer, step, async (tx) => {
        const { orderId } = step.payload;
        const at = new Date(step.occurredAt);
        const [known] = await tx.select().from(kitchenProgress).where(eq(kitchenProgress.orderId, orderId)).for('update');
        const progress = known ?? { orderId, acceptedAt: null, preparingAt: null, readyAt: null, readyBy: null, preparationMinutes: null };
        if (step.type === 'TicketAccepted') progress.acceptedAt ??= at;
        if (step.type === 'TicketPreparing') progress.preparingAt ??= at;
        if (step.type === 'TicketReady') progress.readyAt ??= at;
        // Preparing says more than accepted: its estimate counts from when cooking began.
        const estimate = step.type === 'TicketReady' ? undefined : step.payload;
        if (estimate?.readyBy && (step.type === 'TicketPreparing' || progress.preparingAt === null)) {
          progress.readyBy = new Date(estimate.readyBy);
          progress.preparationMinutes = estimate.preparationMinutes ?? null;
        }
        await tx.insert(kitchenProgress).values(progress).onConflictDoUpdate({ target: kitchenProgress.orderId, set: progress });
        changed = (await nextTrackingSeq(tx, { orderId }))?.deliveryId;
      });
      if (changed) feed.changed(changed);
    },
  });
}
