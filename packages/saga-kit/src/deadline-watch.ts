import type { Broker } from '@tiffin/broker';
import { inTransaction, startPeriodic, type Db, type KitLogger, type Periodic } from '@tiffin/service-kit';
import type { SagaOrchestrator } from './saga-orchestrator';

/**
 * Fails the step of every saga whose participants did not answer by its deadline, compensating, so
 * an order whose participant never answers does not stay pending forever. Each saga is expired in a
 * transaction of its own (another instance may expire it first: expire() then finds nothing to do).
 *
 * A deadline measures the participants, not the installation: while this service's broker connection
 * is down no command goes out and no reply comes in, so nothing is expired then, nor until the
 * connection has been back for the longest step deadline, the time the participants are given to
 * answer what waited. An outage longer than a deadline thus never rejects the orders in flight.
 */
export function watchSagaDeadlines<D>(options: {
  db: Db<Record<string, unknown>>;
  saga: SagaOrchestrator<D>;
  broker: Pick<Broker, 'status'>;
  logger: KitLogger;
  /** Called after sagas were expired, since compensation enqueued messages (wake the outbox relay). */
  onExpired: () => void;
  intervalMs?: number;
  now?: () => number;
}): Periodic {
  const { db, saga, logger, broker } = options;
  const now = options.now ?? Date.now;
  const patienceMs = Math.max(...saga.definition.steps.map((step) => step.deadlineMs));
  // Connected since forever, until an outage is seen: a service starts only with its broker reachable.
  let connectedSince = Number.NEGATIVE_INFINITY;
  let disconnected = false;
  return startPeriodic(
    `${saga.definition.name} saga deadlines`,
    options.intervalMs ?? 1_000,
    async () => {
      if (!broker.status().connected) {
        if (!disconnected) logger.warn({ saga: saga.definition.name }, 'broker disconnected: saga deadlines wait until it is back');
        disconnected = true;
        return;
      }
      if (disconnected) {
        disconnected = false;
        connectedSince = now();
      }
      if (now() - connectedSince < patienceMs) return;
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
