/**
 * The create-order saga as an explicit state machine: which replies move it where, and what the
 * orchestrator must do (in the same transaction) when it moves. Only the decisions live here; the
 * orchestrator loads and stores the state and carries out the actions. Later steps (consumer
 * validation, kitchen ticket, payment authorisation and their compensations) slot in as new states,
 * events and actions.
 */
export const createOrderSagaStates = ['VALIDATING_ORDER_DETAILS', 'APPROVED', 'REJECTED'] as const;
export type CreateOrderSagaState = (typeof createOrderSagaStates)[number];

/** Replies and events the saga reacts to; `type` matches the broker message that carries them. */
export type CreateOrderSagaEvent =
  | { type: 'OrderDetailsValidated' }
  | { type: 'OrderDetailsRejected'; reason: string };

export type CreateOrderSagaAction =
  | { kind: 'validateOrderDetails' }
  | { kind: 'approveOrder' }
  | { kind: 'rejectOrder'; reason: string };

export interface CreateOrderSagaStep {
  state: CreateOrderSagaState;
  actions: CreateOrderSagaAction[];
}

/** One line per move, kept on the saga row so support can see how an order got where it is. */
export interface SagaHistoryEntry {
  at: string;
  event: string;
  from: CreateOrderSagaState | null;
  to: CreateOrderSagaState;
  detail?: string;
}

export const createOrderSagaStart: CreateOrderSagaStep = {
  state: 'VALIDATING_ORDER_DETAILS',
  actions: [{ kind: 'validateOrderDetails' }],
};

type Transitions = {
  [S in CreateOrderSagaState]: {
    [E in CreateOrderSagaEvent['type']]?: (event: Extract<CreateOrderSagaEvent, { type: E }>) => CreateOrderSagaStep;
  };
};

const transitions: Transitions = {
  VALIDATING_ORDER_DETAILS: {
    OrderDetailsValidated: () => ({ state: 'APPROVED', actions: [{ kind: 'approveOrder' }] }),
    OrderDetailsRejected: (event) => ({ state: 'REJECTED', actions: [{ kind: 'rejectOrder', reason: event.reason }] }),
  },
  APPROVED: {},
  REJECTED: {},
};

/**
 * The step an event causes from `state`, or undefined when the saga does not expect it there (a
 * late duplicate or a reply to a step already decided): the caller ignores such events.
 */
export function nextCreateOrderSagaStep(
  state: CreateOrderSagaState,
  event: CreateOrderSagaEvent,
): CreateOrderSagaStep | undefined {
  const transition = transitions[state][event.type] as ((e: CreateOrderSagaEvent) => CreateOrderSagaStep) | undefined;
  return transition?.(event);
}
