import type { Subscription } from '@tiffin/broker';
import { handleOnce } from '@tiffin/service-kit';
import type { OrderHistoryContext } from '../context';
import type { ChangeFeed } from '../live/change-feed';
import { eventProjector } from './project-events';
import { projectedTypes, type ProjectedType } from './projected-events';

export const historyEventsConsumer = 'order-history.events';

/** The live feed: every event the view is made of, as its owners publish it; each change told to the live streams after commit. */
export function historyEventsSubscription(feed: ChangeFeed) {
  const projectEvent = eventProjector(feed);
  return (context: OrderHistoryContext): Subscription<ProjectedType> => ({
    consumer: historyEventsConsumer,
    types: projectedTypes,
    handle: (event) => handleOnce(context.db, historyEventsConsumer, event, (tx) => projectEvent(tx, event)),
  });
}
