import type { OrderPlacement, PlacementStepState, PlacementStep } from '@tiffin/contracts';
import { sagaTimeline, type ParticipantTiming, type StepTimeline } from '@tiffin/saga-kit';
import type { sagaInstances } from '@tiffin/service-kit';
import { createOrderSaga, createOrderSagaDefinition } from '../saga/create-order-saga';

type Instance = typeof sagaInstances.$inferSelect;

/** A participant's answers that move its step on; any other answer refuses. */
const agreed = new Set(['ConsumerValidated', 'OrderDetailsValidated']);

function participantState(step: StepTimeline, participant: ParticipantTiming | undefined): { state: PlacementStepState; at: string | null } {
  if (!participant?.sentAt) return { state: 'waiting', at: null };
  if (participant.reply) return { state: agreed.has(participant.reply) ? 'done' : 'failed', at: participant.repliedAt };
  return step.state === 'failed' ? { state: 'failed', at: step.endedAt } : { state: 'under way', at: participant.sentAt };
}

function stepState(step: StepTimeline | undefined): { state: PlacementStepState; at: string | null } {
  switch (step?.state) {
    case undefined:
    case 'not reached':
      return { state: 'waiting', at: null };
    case 'under way':
      return { state: 'under way', at: step.startedAt };
    case 'done':
      return { state: 'done', at: step.endedAt };
    case 'failed':
      return { state: 'failed', at: step.endedAt };
    case 'compensated':
      return { state: 'undone', at: step.compensatedAt };
  }
}

/**
 * The create-order saga as the customer follows it, read from the saga's own persisted history: the
 * same record the operators' timeline shows. Each step with when it got where it is; a failure with
 * the participant's reason, and what was given back after it.
 */
export function orderPlacementOf(saga: Instance): OrderPlacement {
  // The steps of the definition the saga started on (it keeps them through an upgrade).
  const timeline = sagaTimeline(saga.history, (createOrderSaga.definitionOf(saga.definitionVersion) ?? createOrderSagaDefinition) as never, saga.sagaType);
  const named = (name: string) => timeline.steps.find((step) => step.name === name);
  const validation = named('validate the consumer and the order details')!;
  const asked = (who: string) => validation.participants.find((participant) => participant.name === who);
  const failed = (state: PlacementStepState, step: StepTimeline | undefined) => (state === 'failed' ? (step?.error ?? saga.failureReason) : null);

  const account = participantState(validation, asked('consumer'));
  const restaurant = participantState(validation, asked('catalog'));
  const kitchen = stepState(named('create the ticket'));
  const card = stepState(named('authorise the card'));
  const confirmed = saga.status === 'succeeded' ? { state: 'done' as const, at: saga.updatedAt.toISOString() } : stepState(named('confirm the ticket'));
  const steps: PlacementStep[] = [
    { key: 'account', label: 'Your account and card checked', ...account, detail: failed(account.state, validation) },
    { key: 'restaurant', label: 'The restaurant confirmed your order', ...restaurant, detail: failed(restaurant.state, validation) },
    {
      key: 'kitchen',
      label: 'The kitchen has your order',
      ...kitchen,
      detail: kitchen.state === 'undone' ? 'The kitchen’s ticket was cancelled' : failed(kitchen.state, named('create the ticket')),
    },
    {
      key: 'card',
      label: 'The total held on your card',
      ...card,
      detail: card.state === 'undone' ? 'The hold on your card was released' : failed(card.state, named('authorise the card')),
    },
    { key: 'confirmed', label: 'Order confirmed', ...confirmed, detail: failed(confirmed.state, named('confirm the ticket')) },
  ];
  return { steps };
}
