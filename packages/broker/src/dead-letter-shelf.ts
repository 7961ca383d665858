/**
 * A consumer's dead letters, newest kept: a consumer that fails every message must not grow memory
 * (or the journal) without bound, so past the limit the oldest is dropped and counted instead.
 */
export class DeadLetterShelf<T> {
  private readonly letters: T[] = [];
  /** How many were dropped to make room, since the queue was first declared. */
  discarded = 0;

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error('the dead-letter limit must be an integer of at least 1');
  }

  /** Shelves `letter`; returns the letter dropped to make room for it, if any. */
  add(letter: T): T | undefined {
    this.letters.push(letter);
    if (this.letters.length <= this.limit) return undefined;
    this.discarded++;
    return this.letters.shift();
  }

  list(): readonly T[] {
    return this.letters;
  }

  /** Takes the first letter that matches off the shelf (replayed or discarded): not counted as dropped. */
  remove(matches: (letter: T) => boolean): T | undefined {
    const index = this.letters.findIndex(matches);
    return index === -1 ? undefined : this.letters.splice(index, 1)[0];
  }
}

/** Enough to see what went wrong in a burst of failures, small enough to keep in memory for every consumer. */
export const defaultDeadLetterLimit = 1000;
