import type { HistoryChange } from './history-change';

export type ChangeListener = (change: HistoryChange) => void;

/**
 * Changes of the view, told to the live streams of this process: at once for what this instance's
 * consumers commit (after the commit), and within a second for what other instances commit (they
 * share the queue on RabbitMQ), which followOtherInstances reads back from the database.
 */
export interface ChangeFeed {
  /** This instance's consumers committed these. */
  committed(changes: readonly HistoryChange[]): void;
  /** Read back from the database: told unless this instance told it already. */
  readBack(change: HistoryChange): void;
  /** Forgets what it told up to `seq`, once reading back has passed it. */
  readBackUpTo(seq: number): void;
  listen(listener: ChangeListener): () => void;
  /** Whether any stream listens, so nothing is read back for nobody. */
  readonly listened: boolean;
}

export function createChangeFeed(): ChangeFeed {
  const listeners = new Set<ChangeListener>();
  // Numbers this instance told and reading back has not passed yet: a read-back copy knows less
  // (whether the order was on offer before), so the first telling is the one that counts.
  const toldHere = new Set<number>();
  const tell = (change: HistoryChange) => {
    for (const listener of listeners) listener(change);
  };
  return {
    committed(changes) {
      for (const change of changes) {
        if (listeners.size > 0) toldHere.add(change.seq);
        tell(change);
      }
    },
    readBack(change) {
      if (!toldHere.delete(change.seq)) tell(change);
    },
    readBackUpTo(seq) {
      for (const told of toldHere) if (told <= seq) toldHere.delete(told);
    },
    listen(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    get listened() {
      return listeners.size > 0;
    },
  };
}
