import type { Broker } from '@tiffin/broker';
import type { Message } from '@tiffin/messages';
import type { Db } from '../database/db-types';
import type { KitLogger } from '../logger';
import { markPublished, publishPending, releaseLeases } from './publish-pending';
import { acceptHandovers } from './relay-handover';

export interface OutboxRelayOptions<S extends Record<string, unknown>> {
  db: Db<S>;
  /** Only publishing is needed: the relay never consumes. */
  broker: Pick<Broker, 'publish'>;
  logger: KitLogger;
  /** How often to look for rows nobody woke the relay for (another instance's, or after a crash). Default 500. */
  pollMs?: number;
  /** Rows claimed and published per pass. Default 200. */
  batchSize?: number;
  /** A publish not confirmed by then counts as failed, so a hung broker cannot hold rows locked forever. Default 10 000. */
  publishTimeoutMs?: number;
  /**
   * Confirmed rows are marked published at most this long after their confirm, those of several passes
   * in one statement (they stay leased meanwhile, so no relay publishes them again). Default 25.
   */
  markDelayMs?: number;
}

export interface OutboxRelay {
  /**
   * Publish now rather than at the next poll; call it after committing a transaction that enqueued.
   * (Messages enqueued in `inTransaction` are handed to the relay on commit and need no wake.)
   */
  wake(): void;
  /** Stops polling and waits for a pass under way to finish. */
  stop(): Promise<void>;
}

const maxBackoffMs = 30_000;
/** Handed-over messages kept in memory at most (a broker outage); beyond it rows wait for their lease to end. */
const maxHandedOver = 10_000;

/**
 * Publishes the outbox: every pending row is retried until the broker confirms it, never dropped.
 * After a refusal the relay backs off exponentially (wake() does not cut that short, so a broker
 * outage is not hammered after every commit) and then resumes with the oldest pending row.
 */
export function startOutboxRelay<S extends Record<string, unknown>>(options: OutboxRelayOptions<S>): OutboxRelay {
  const { db, broker, logger, pollMs = 500, batchSize = 200, publishTimeoutMs = 10_000, markDelayMs = 25 } = options;
  const publish = (message: Message) => withTimeout(broker.publish(message), publishTimeoutMs);
  // Longer than any pass can take, so a live relay never loses its claim to another one.
  const leaseMs = publishTimeoutMs * 3;

  let stopped = false;
  let failures = 0;
  let wokenDuringPass = false;
  let timer: NodeJS.Timeout | undefined;
  let pass: Promise<void> | undefined;
  /** Committed messages handed over, oldest first, to publish without claiming them. */
  let handedOver: Message[] = [];
  /** Set by a handover, cleared by the wake() that follows it: the committer's own wake needs no claim. */
  let handedOverSinceWake = false;
  /**
   * Whether the next pass claims rows from the table: after a full claim or a refusal, and when woken
   * for rows nobody handed over. Besides, a pass claims when the last claim is `pollMs` old (rows of
   * other instances, or left after a crash), however busy handovers keep the relay: the first pass does.
   */
  let claimWanted = false;
  let lastClaimAt = 0;

  const marks = startMarking(db, markDelayMs, logger);
  const stopHandovers = acceptHandovers(db, {
    // Shorter than a claim's lease: rows of a process that died before publishing wait only this long.
    leaseMs: publishTimeoutMs,
    take(message) {
      if (stopped) return;
      // Past the cap the row is still in the table, leased: it is published once its lease ends.
      if (handedOver.length < maxHandedOver) handedOver.push(message);
      handedOverSinceWake = true;
      nudge();
    },
  });

  /** One pass; resolves to how long to wait before the next. */
  async function runPass(): Promise<number> {
    wokenDuringPass = false;
    const claim = claimWanted || Date.now() - lastClaimAt >= pollMs;
    claimWanted = false;
    if (claim) lastClaimAt = Date.now();
    const taken = handedOver.slice(0, batchSize);
    handedOver = handedOver.slice(taken.length);
    try {
      const outcome = await publishPending(db, publish, { handedOver: taken, claim, batchSize, leaseMs });
      marks.add(outcome.confirmed);
      if (outcome.failure) {
        failures++;
        claimWanted = true;
        const { messageId, attempts, error } = outcome.failure;
        logger.warn({ err: error, messageId, attempts }, 'outbox relay: publish failed, will retry');
        return backoff();
      }
      failures = 0;
      if (outcome.claimed === batchSize) claimWanted = true;
      if (claimWanted || wokenDuringPass || handedOver.length > 0) return 0;
      // Quiet: the polled pass claims, since the last claim is old by then.
      return pollMs;
    } catch (error) {
      failures++;
      claimWanted = true;
      // Perhaps not published (or published but not marked: then it goes out twice, which inboxes absorb).
      handedOver = [...taken, ...handedOver];
      logger.error({ err: error }, 'outbox relay: pass failed, will retry');
      return backoff();
    }
  }

  function backoff(): number {
    return Math.min(pollMs * 2 ** failures, Math.max(maxBackoffMs, pollMs));
  }

  function startPass(): void {
    timer = undefined;
    pass = runPass().then((delay) => {
      pass = undefined;
      if (stopped) return;
      timer = setTimeout(startPass, delay);
    });
  }

  /** Runs a pass soon: now if none is under way, else right after it; not while backing off. */
  function nudge(): void {
    if (stopped || failures > 0) return;
    if (pass) {
      wokenDuringPass = true;
      return;
    }
    clearTimeout(timer);
    startPass();
  }

  startPass();
  return {
    wake() {
      // A commit that handed its messages over wakes us too; only rows nobody handed over need a claim.
      // (The handover's pass has usually begun by then, so this cannot be asked of the pass.) A plain
      // transaction's wake that comes just after someone's handover claims nothing, but the next wake
      // or poll does: its rows are late, never lost.
      if (!handedOverSinceWake) claimWanted = true;
      handedOverSinceWake = false;
      nudge();
    },
    async stop() {
      stopped = true;
      stopHandovers();
      clearTimeout(timer);
      await pass;
      await marks.flush();
      // Not published yet: free them now rather than when their lease ends, for the next relay.
      await releaseLeases(db, handedOver.map((message) => message.id)).catch((error: unknown) => {
        logger.warn({ err: error }, 'outbox relay: could not release handed-over rows; they wait for their lease');
      });
      handedOver = [];
    },
  };
}

function withTimeout(confirmed: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`broker did not confirm within ${ms} ms`)), ms);
  });
  return Promise.race([confirmed, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Marks confirmed rows published in batches: one statement per `delayMs` however many passes ran,
 * instead of one per pass. A row not yet marked stays leased, so no relay publishes it again, unless
 * this process dies first: then it goes out again when the lease ends, which inboxes absorb.
 */
function startMarking<S extends Record<string, unknown>>(db: Db<S>, delayMs: number, logger: KitLogger) {
  let waiting: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  let marking: Promise<void> = Promise.resolve();

  function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    const ids = waiting;
    waiting = [];
    marking = marking.then(() =>
      markPublished(db, ids).catch((error: unknown) => {
        logger.warn({ err: error, rows: ids.length }, 'outbox relay: could not mark rows published; they go out again when their lease ends');
      }),
    );
    return marking;
  }

  return {
    add(ids: readonly string[]) {
      if (ids.length === 0) return;
      waiting.push(...ids);
      timer ??= setTimeout(() => void flush(), delayMs);
    },
    flush,
  };
}
