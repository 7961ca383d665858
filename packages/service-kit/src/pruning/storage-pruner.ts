import type { Db } from '../database/db-types';
import type { KitLogger } from '../logger';
import { prunePublishedOutbox } from './prune-published-outbox';
import { pruneReceivedMessages } from './prune-received-messages';

export interface StorageRetention {
  /** How long a published outbox row is kept, for inspecting what a service sent. */
  outboxMs: number;
  /** How long a dedup row is kept; longer than any redelivery can come (see TIFFIN_DEDUP_RETENTION_HOURS). */
  dedupMs: number;
}

export interface StoragePrunerOptions<S extends Record<string, unknown>> {
  db: Db<S>;
  logger: KitLogger;
  retention: StorageRetention;
  /** Between passes. Default five minutes. */
  intervalMs?: number;
  /** Before the first pass, so a starting service is not slowed by it. Default 30 s, at most intervalMs. */
  firstPassAfterMs?: number;
  /** Rows deleted per statement. Default 500. */
  batchSize?: number;
}

export interface PruneReport {
  outbox: { deleted: number; batches: number };
  dedup: { deleted: number; batches: number };
}

export interface StoragePruner {
  /** One pass now (after the one under way, if any). */
  pruneNow(): Promise<PruneReport>;
  /** No further passes; waits for the one under way. */
  stop(): Promise<void>;
}

/**
 * Keeps a service's kit tables bounded: published outbox rows and dedup rows past their retention are
 * deleted periodically, in small batches. A failed pass is logged and tried again at the next one.
 */
export function startStoragePruner<S extends Record<string, unknown>>(options: StoragePrunerOptions<S>): StoragePruner {
  const { db, logger, retention, intervalMs = 5 * 60_000, batchSize = 500 } = options;
  const firstPassAfterMs = Math.min(options.firstPassAfterMs ?? 30_000, intervalMs);
  let stopped = false;
  let pass: Promise<PruneReport> | undefined;
  let timer: NodeJS.Timeout | undefined;

  async function prune(): Promise<PruneReport> {
    const now = Date.now();
    const report = {
      outbox: await prunePublishedOutbox(db, new Date(now - retention.outboxMs), batchSize),
      dedup: await pruneReceivedMessages(db, new Date(now - retention.dedupMs), batchSize),
    };
    if (report.outbox.deleted > 0 || report.dedup.deleted > 0) {
      logger.info({ outboxDeleted: report.outbox.deleted, dedupDeleted: report.dedup.deleted }, 'pruned expired outbox and dedup rows');
    }
    return report;
  }

  function runPass(): Promise<PruneReport> {
    const previous = pass ?? Promise.resolve();
    const next = previous.catch(() => {}).then(prune);
    pass = next;
    void next.catch(() => {}).finally(() => {
      if (pass === next) pass = undefined;
    });
    return next;
  }

  function schedule(delayMs: number): void {
    timer = setTimeout(() => {
      runPass()
        .catch((error: unknown) => logger.error({ err: error }, 'pruning expired outbox and dedup rows failed; will try again'))
        .finally(() => {
          if (!stopped) schedule(intervalMs);
        });
    }, delayMs);
    timer.unref();
  }

  schedule(firstPassAfterMs);
  return {
    pruneNow: runPass,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await pass?.catch(() => {});
    },
  };
}
