import { inTransaction, startPeriodic, type Db, type KitLogger, type Periodic } from '@tiffin/service-kit';
import type { SagaOrchestrator } from './saga-orchestrator';

/**
 * Fails the step of every saga whose participants did not answer by its deadline, compensating, so
 * an order whose participant never answers does not stay pending forever. Each saga is expired in a
 * transaction of its own (another instance may expire it first: expire() then finds nothing to do).
 */
export function watchSagaDeadlines<D>(options: {
  db: Db<Record<string, unknown>>;
  saga: SagaOrchestrator<D>;
  logger: KitLogger;
  /** Called after sagas were expired, since compensation enqueued messages (wake the outbox relay). */
  onExpired: () => void;
  intervalMs?: number;
}): Periodic {
  const { db, saga, logger } = options;
  return startPeriodic(
    `${saga.definition.name} saga deadlines`,
    options.intervalMs ?? 1_000,
    async () => {
      let expired = 0;
      for (const sagaId of await saga.overdue(db, 100)) {
        if (await inTransaction(db, (tx) => saga.expire(tx, sagaId))) expired++;
      }
      if (expired === 0) return;
      logger.warn({ saga: saga.definition.name, expired }, 'sagas past their deadline failed and compensated');
      options.onExpired();
    },
    logger,
  );
}
