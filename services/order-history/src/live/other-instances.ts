import { startPeriodic, type Periodic } from '@tiffin/service-kit';
import type { OrderHistoryContext } from '../context';
import type { ChangeFeed } from './change-feed';
import { changesAfter, lastChange } from './changes-since';

/** How long a change committed by another instance may take to reach this one's streams. */
export const otherInstancesPollMs = 1_000;

/**
 * Reads back, while any stream listens, the changes committed since the last look, whoever committed
 * them: with several instances sharing the queue, this instance's clients hear the others' changes
 * too. Changes commit in the order of their numbers (see historyChanges), so what has committed is
 * always every number up to some n and one cursor misses nothing. What this instance told itself is
 * not told again.
 */
export function followOtherInstances(feed: ChangeFeed) {
  return (context: OrderHistoryContext): Periodic => {
    let upTo: number | undefined;
    // Read at start, before the app listens: no stream can miss a change committed in the first second.
    const atStart = lastChange(context.db).catch(() => undefined);
    return startPeriodic(
      'order history: changes of other instances',
      otherInstancesPollMs,
      async () => {
        upTo ??= await atStart;
        if (upTo === undefined || !feed.listened) {
          upTo = await lastChange(context.db);
        } else {
          for await (const change of changesAfter(context.db, upTo)) {
            feed.readBack(change);
            upTo = change.seq;
          }
        }
        if (upTo !== undefined) feed.readBackUpTo(upTo);
      },
      context.logger,
    );
  };
}
