import { loadEnv } from '@tiffin/topology';
import type { StoragePrunerOptions } from './storage-pruner';

const hourMs = 3_600_000;

/** The retention windows and the pruning interval, from the validated TIFFIN_* configuration. */
export function pruningSettings(env: NodeJS.ProcessEnv): Pick<StoragePrunerOptions<never>, 'retention' | 'intervalMs'> {
  const config = loadEnv(env);
  return {
    retention: { outboxMs: config.TIFFIN_OUTBOX_RETENTION_HOURS * hourMs, dedupMs: config.TIFFIN_DEDUP_RETENTION_HOURS * hourMs },
    intervalMs: config.TIFFIN_PRUNE_INTERVAL_SECONDS * 1000,
  };
}
