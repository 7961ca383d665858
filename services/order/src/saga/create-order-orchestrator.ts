import { eq } from 'drizzle-orm';
import type { Logger } from '@tiffin/http-kit';
import { createOrderSagas } from '../db/schema';
import type { OrderTx } from '../context';
import { performCreateOrderAction } from './create-order-actions';
import {
  createOrderSagaStart,
  nextCreateOrderSagaStep,
  type CreateOrderSagaEvent,
  type CreateOrderSagaState,
  type SagaHistoryEntry,
} from './create-order-saga';

function historyEntry(
  event: string,
  from: CreateOrderSagaState | null,
  to: CreateOrderSagaState,
  detail?: string,
): SagaHistoryEntry {
  return { at: new Date().toISOString(), event, from, to, ...(detail ? { detail } : {}) };
}

/** Records a new saga for a just-created order and performs its first step, in the order's transaction. */
export async function startCreateOrderSaga(tx: OrderTx, orderId: string, correlationId: string): Promise<void> {
  const step = createOrderSagaStart;
  await tx.insert(createOrderSagas).values({
    orderId,
    state: step.state,
    history: [historyEntry('OrderCreated', null, step.state)],
  });
  for (const action of step.actions) await performCreateOrderAction(tx, orderId, action, correlationId);
}

/**
 * Moves the order's saga on `event`, under a row lock so two replies never race. An event the saga
 * is not waiting for in its current state changes nothing. Returns whether the saga moved.
 */
export async function advanceCreateOrderSaga(
  tx: OrderTx,
  orderId: string,
  event: CreateOrderSagaEvent,
  correlationId: string | undefined,
  logger: Logger,
): Promise<boolean> {
  const [saga] = await tx.select().from(createOrderSagas).where(eq(createOrderSagas.orderId, orderId)).for('update');
  if (!saga) {
    logger.warn({ orderId, event: event.type }, 'reply for an order without a create-order saga ignored');
    return false;
  }
  const step = nextCreateOrderSagaStep(saga.state, event);
  if (!step) {
    logger.info({ orderId, state: saga.state, event: event.type }, 'reply ignored: the saga is not waiting for it');
    return false;
  }
  for (const action of step.actions) await performCreateOrderAction(tx, orderId, action, correlationId);
  const detail = event.type === 'OrderDetailsRejected' ? event.reason : undefined;
  await tx
    .update(createOrderSagas)
    .set({
      state: step.state,
      history: [...saga.history, historyEntry(event.type, saga.state, step.state, detail)],
      updatedAt: new Date(),
    })
    .where(eq(createOrderSagas.orderId, orderId));
  logger.info({ orderId, from: saga.state, to: step.state }, 'create-order saga moved');
  return true;
}
