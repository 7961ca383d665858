import { isOfferedToCouriers, type HistoryChangesQuery, type OrderHistoryEntry } from '@tiffin/contracts';

/** One committed change of the view: the order's row as it now is, and its change number. */
export interface HistoryChange {
  seq: number;
  entry: OrderHistoryEntry;
  /** Whether couriers saw the order on offer just before this change, so they learn when it leaves. */
  wasOffered: boolean;
}

export type ChangeFilter = Omit<HistoryChangesQuery, 'after'>;

/** Whether a change is for whoever asked with `filter`: it matches any of the filters given. */
export function changeMatches(change: HistoryChange, filter: ChangeFilter): boolean {
  const { entry } = change;
  return (
    (filter.consumerId !== undefined && entry.consumerId === filter.consumerId) ||
    (filter.restaurantId !== undefined && entry.restaurantId === filter.restaurantId) ||
    (filter.courierId !== undefined && entry.courierId === filter.courierId) ||
    (filter.offered === 'true' && (change.wasOffered || isOfferedToCouriers(entry)))
  );
}
