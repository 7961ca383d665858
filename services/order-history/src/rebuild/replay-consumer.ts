import type { Subscription } from '@tiffin/broker';
import { parseMessage } from '@tiffin/messages';
import { handleOnce } from '@tiffin/service-kit';
import { orderHistorySource, type OrderHistoryContext } from '../context';
import type { ChangeFeed } from '../live/change-feed';
import { eventProjector } from '../projection/project-events';
import { isProjected } from '../projection/projected-events';
import { countApplied, isCurrentRebuild, recordReplayed } from './rebuild-progress';

export const historyReplayConsumer = 'order-history.replay';

/**
 * What the owners replay for a rebuild: each event goes through the same projection as a live one,
 * and each owner's EventReplayFinished says how many to expect, so the rebuild knows when it is done
 * whatever order the two arrive in.
 */
export function historyReplaySubscription(feed: ChangeFeed) {
  const projectEvent = eventProjector(feed);
  return (context: OrderHistoryContext): Subscription<'ReplayedEvent' | 'EventReplayFinished'> => ({
    consumer: historyReplayConsumer,
    types: ['ReplayedEvent', 'EventReplayFinished'],
    handle: async (message) => {
      const { rebuildId, requester, owner } = message.payload;
      if (requester !== orderHistorySource) return;
      await handleOnce(context.db, historyReplayConsumer, message, async (tx) => {
        if (!(await isCurrentRebuild(tx, rebuildId))) return;
        if (message.type === 'EventReplayFinished') return recordReplayed(tx, rebuildId, owner, message.payload.events);
        const event = parseMessage(message.payload.event);
        if (isProjected(event)) await projectEvent(tx, event);
        await countApplied(tx, rebuildId, owner);
      });
    },
  });
}
