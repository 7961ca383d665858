import type { HistoryChange } from './history-change';

export type ChangeListener = (change: HistoryChange) => void;

/**
 * Changes of the view, told to the live streams of this process once their transaction has
 * committed. With several instances each tells only its own: a client connected to one instance
 * hears the events that instance's consumers applied (on RabbitMQ the instances share the queue), and
 * catches up on the rest when it reconnects with Last-Event-ID.
 */
export interface ChangeFeed {
  committed(changes: readonly HistoryChange[]): void;
  listen(listener: ChangeListener): () => void;
}

export function createChangeFeed(): ChangeFeed {
  const listeners = new Set<ChangeListener>();
  return {
    committed(changes) {
      for (const change of changes) for (const listener of listeners) listener(change);
    },
    listen(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
