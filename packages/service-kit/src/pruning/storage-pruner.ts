import type { Db } from '../database/db-types';
import type { KitLogger } from '../logger';
import { startPeriodic, type Periodic } from '../service/periodic';
import { prunePublishedOutbox } from './prune-published-outbox';
import { pruneReceivedMessages } from './prune-received-messages';
import type { PruneOutcome } from './prune-in-batches';

export interface StorageRetention {
  /** How long a published outbox row is kept, for inspecting what a service sent. */
  outboxMs: number;
  /** How long a dedup row is kept; longer than any redelivery can come (see TIFFIN_DEDUP_RETENTION_HOURS). */
  dedupMs: number;
  /** Outbox types kept however old: the service's event log, replayed to rebuild views. */
  keptOutboxTypes?: readonly string[];
}

export interface PruneReport {
  outbox: PruneOutcome;
  dedup: PruneOutcome;
}

/** Rows deleted per statement: small enough that no statement holds its locks for long. */
export const defaultPruneBatchSize = 500;

/**
 * One pass: deletes published outbox rows (but the event log's) and dedup rows past their retention,
 * a batch per statement, and logs what went when anything did.
 */
export async function pruneExpiredRows<S extends Record<string, unknown>>(
  db: Db<S>,
  retention: StorageRetention,
  logger: KitLogger,
  batchSize = defaultPruneBatchSize,
): Promise<PruneReport> {
  const now = Date.now();
  const report = {
    outbox: await prunePublishedOutbox(db, new Date(now - retention.outboxMs), batchSize, retention.keptOutboxTypes),
    dedup: await pruneReceivedMessages(db, new Date(now - retention.dedupMs), batchSize),
  };
  if (report.outbox.deleted > 0 || report.dedup.deleted > 0) {
    logger.info({ outboxDeleted: report.outbox.deleted, dedupDeleted: report.dedup.deleted }, 'pruned expired outbox and dedup rows');
  }
  return report;
}

export interface StoragePrunerOptions<S extends Record<string, unknown>> {
  db: Db<S>;
  logger: KitLogger;
  retention: StorageRetention;
  /** Between passes, the first one included. */
  intervalMs: number;
  batchSize?: number;
}

/** Keeps a service's kit tables bounded for as long as it runs: a pass every interval; a failed one is logged and tried again. */
export function startStoragePruner<S extends Record<string, unknown>>(options: StoragePrunerOptions<S>): Periodic {
  const { db, logger, retention, intervalMs, batchSize } = options;
  return startPeriodic('storage pruning', intervalMs, async () => void (await pruneExpiredRows(db, retention, logger, batchSize)), logger);
}
