import type { z } from 'zod';
import type { sagaDetail, sagaSummary } from '@tiffin/contracts';
import { sagaTimeline, type SagaDefinition } from '@tiffin/saga-kit';
import type { sagaInstances } from '@tiffin/service-kit';
import { createOrderSagaDefinition } from '../saga/create-order-saga';

type Instance = typeof sagaInstances.$inferSelect;

/** The sagas this service orchestrates, by type: they name the steps of each instance. */
const definitions = new Map<string, SagaDefinition<unknown>>(
  [createOrderSagaDefinition as SagaDefinition<unknown>].map((definition) => [definition.name, definition]),
);

export function sagaSummaryOf(saga: Instance): z.infer<typeof sagaSummary> {
  return {
    id: saga.id,
    type: saga.sagaType,
    state: saga.status,
    step: definitions.get(saga.sagaType)?.steps[saga.step]?.name ?? null,
    awaiting: saga.awaiting,
    failureReason: saga.failureReason,
    deadlineAt: saga.deadlineAt?.toISOString() ?? null,
    createdAt: saga.createdAt.toISOString(),
    updatedAt: saga.updatedAt.toISOString(),
    durationMs: saga.status === 'running' ? null : saga.updatedAt.getTime() - saga.createdAt.getTime(),
  };
}

export function sagaDetailOf(saga: Instance): z.infer<typeof sagaDetail> {
  return {
    ...sagaSummaryOf(saga),
    data: saga.data,
    ...sagaTimeline(saga.history, definitions.get(saga.sagaType), saga.sagaType),
    history: saga.history,
  };
}
