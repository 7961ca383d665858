import type { Subscription } from '@tiffin/broker';
import { handleOnce } from '@tiffin/service-kit';
import type { OrderHistoryContext } from '../context';
import { applyEvent } from './apply-event';
import { projectedTypes, type ProjectedType } from './projected-events';

export const historyEventsConsumer = 'order-history.events';

/** The live feed: every event the view is made of, as its owners publish it. */
export function historyEventsSubscription(context: OrderHistoryContext): Subscription<ProjectedType> {
  return {
    consumer: historyEventsConsumer,
    types: projectedTypes,
    handle: async (event) => {
      await handleOnce(context.db, historyEventsConsumer, event, async (tx) => void (await applyEvent(tx, event)));
    },
  };
}
