import type { SagaOrchestrator } from '@tiffin/saga-kit';
import { cancelOrderSaga } from '../cancellation/cancel-order-saga';
import { createOrderSaga } from '../saga/create-order-saga';

/** Every saga this service orchestrates, by its type: what names an instance's steps and moves it on. */
export const orchestrators = new Map<string, SagaOrchestrator<unknown>>(
  [createOrderSaga, cancelOrderSaga].map((saga) => [saga.definition.name, saga as SagaOrchestrator<unknown>]),
);
