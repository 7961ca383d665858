import type { Subscription } from '@tiffin/broker';
import { parseMessage } from '@tiffin/contracts';
import { handleOnceCommitted } from '@tiffin/service-kit';
import { orderHistorySource, type OrderHistoryContext } from '../context';
import type { ChangeFeed } from '../live/change-feed';
import type { HistoryChange } from '../live/history-change';
import { applyEvent } from '../projection/apply-event';
import { isProjected } from '../projection/projected-events';
import { countApplied, isCurrentRebuild, recordReplayed } from './rebuild-progress';

export const historyReplayConsumer = 'order-history.replay';

/**
 * What the owners replay for a rebuild: each event goes through the same projection as a live one,
 * and each owner's EventReplayFinished says how many to expect, so the rebuild knows when it is done
 * whatever order the two arrive in.
 */
export function historyReplaySubscription(feed: ChangeFeed) {
  return (context: OrderHistoryContext): Subscription<'ReplayedEvent' | 'EventReplayFinished'> => ({
    consumer: historyReplayConsumer,
    types: ['ReplayedEvent', 'EventReplayFinished'],
    handle: async (message) => {
      const { rebuildId, requester, owner } = message.payload;
      if (requester !== orderHistorySource) return;
      let change: HistoryChange | undefined;
      const committed = await handleOnceCommitted(context.db, historyReplayConsumer, message, async (tx) => {
        if (!(await isCurrentRebuild(tx, rebuildId))) return;
        if (message.type === 'EventReplayFinished') return recordReplayed(tx, rebuildId, owner, message.payload.events);
        const event = parseMessage(message.payload.event);
        if (isProjected(event)) change = await applyEvent(tx, event);
        await countApplied(tx, rebuildId, owner);
      });
      if (committed && change) feed.committed([change]);
    },
  });
}
