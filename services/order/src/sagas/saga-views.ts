import type { z } from 'zod';
import type { sagaDetail, sagaSummary } from '@tiffin/contracts';
import { sagaTimeline } from '@tiffin/saga-kit';
import type { sagaInstances } from '@tiffin/service-kit';
import { orchestrators } from './orchestrators';

type Instance = typeof sagaInstances.$inferSelect;

/** What flags a running saga as stuck: its step's deadline passed, or nothing moved it for `stuckAfterMs`. */
export interface StuckRule {
  now: Date;
  stuckAfterMs: number;
}

function stuckOf(saga: Instance, rule: StuckRule): z.infer<typeof sagaSummary>['stuck'] {
  if (saga.status !== 'running') return null;
  if (saga.deadlineAt && saga.deadlineAt <= rule.now) return { reason: 'past its step’s deadline', since: saga.deadlineAt.toISOString() };
  const quietSince = new Date(saga.updatedAt.getTime() + rule.stuckAfterMs);
  if (quietSince > rule.now) return null;
  return { reason: `no progress for ${Math.round((rule.now.getTime() - saga.updatedAt.getTime()) / 1000)} s`, since: quietSince.toISOString() };
}

/** A field of the saga's data that is an id, when it has one (every saga here is about an order). */
const idIn = (data: unknown, field: string): string | null => {
  const value = (data as Record<string, unknown> | null)?.[field];
  return typeof value === 'string' ? value : null;
};

export function sagaSummaryOf(saga: Instance, rule: StuckRule): z.infer<typeof sagaSummary> {
  return {
    id: saga.id,
    type: saga.sagaType,
    state: saga.status,
    step: orchestrators.get(saga.sagaType)?.definitionOf(saga.definitionVersion)?.steps[saga.step]?.name ?? null,
    awaiting: saga.awaiting,
    failureReason: saga.failureReason,
    deadlineAt: saga.deadlineAt?.toISOString() ?? null,
    createdAt: saga.createdAt.toISOString(),
    updatedAt: saga.updatedAt.toISOString(),
    durationMs: saga.status === 'running' ? null : saga.updatedAt.getTime() - saga.createdAt.getTime(),
    consumerId: idIn(saga.data, 'consumerId'),
    restaurantId: idIn(saga.data, 'restaurantId'),
    stuck: stuckOf(saga, rule),
  };
}

export function sagaDetailOf(saga: Instance, rule: StuckRule): z.infer<typeof sagaDetail> {
  return {
    ...sagaSummaryOf(saga, rule),
    data: saga.data,
    ...sagaTimeline(saga.history, orchestrators.get(saga.sagaType)?.definitionOf(saga.definitionVersion), saga.sagaType),
    history: saga.history,
  };
}
