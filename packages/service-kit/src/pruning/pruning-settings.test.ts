import { expect, it } from 'vitest';
import { pruningSettings } from './pruning-settings';

it('defaults to a day of published outbox rows and a week of dedup rows, pruned every five minutes', () => {
  expect(pruningSettings({})).toEqual({ retention: { outboxMs: 24 * 3_600_000, dedupMs: 7 * 24 * 3_600_000 }, intervalMs: 300_000 });
});

it('refuses a dedup window shorter than an hour, or a window that is not a number, naming the variable', () => {
  expect(() => pruningSettings({ TIFFIN_DEDUP_RETENTION_HOURS: '0.5' })).toThrow(/TIFFIN_DEDUP_RETENTION_HOURS/);
  expect(() => pruningSettings({ TIFFIN_OUTBOX_RETENTION_HOURS: 'a day' })).toThrow(/TIFFIN_OUTBOX_RETENTION_HOURS/);
  expect(() => pruningSettings({ TIFFIN_PRUNE_INTERVAL_SECONDS: '0' })).toThrow(/TIFFIN_PRUNE_INTERVAL_SECONDS/);
});
