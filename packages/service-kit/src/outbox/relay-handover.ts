import type { Message } from '@tiffin/messages';

/** A running relay's way of taking messages straight from the transactions that committed them. */
export interface RelayHandover {
  /** How long a handed-over row stays reserved for this relay; after that any relay may publish it. */
  leaseMs: number;
  take(message: Message): void;
}

const handovers = new WeakMap<object, RelayHandover>();

/** The relay publishing `db`'s outbox registers here; returns the way to unregister. */
export function acceptHandovers(db: object, handover: RelayHandover): () => void {
  handovers.set(db, handover);
  return () => {
    if (handovers.get(db) === handover) handovers.delete(db);
  };
}

export function handoverFor(db: object): RelayHandover | undefined {
  return handovers.get(db);
}
