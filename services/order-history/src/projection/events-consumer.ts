import type { Subscription } from '@tiffin/broker';
import { handleOnceCommitted } from '@tiffin/service-kit';
import type { OrderHistoryContext } from '../context';
import type { ChangeFeed } from '../live/change-feed';
import type { HistoryChange } from '../live/history-change';
import { applyEvent } from './apply-event';
import { projectedTypes, type ProjectedType } from './projected-events';

export const historyEventsConsumer = 'order-history.events';

/** The live feed: every event the view is made of, as its owners publish it; each change told to the live streams after commit. */
export function historyEventsSubscription(feed: ChangeFeed) {
  return (context: OrderHistoryContext): Subscription<ProjectedType> => ({
    consumer: historyEventsConsumer,
    types: projectedTypes,
    handle: async (event) => {
      let change: HistoryChange | undefined;
      const committed = await handleOnceCommitted(context.db, historyEventsConsumer, event, async (tx) => {
        change = await applyEvent(tx, event);
      });
      if (committed && change) feed.committed([change]);
    },
  });
}
