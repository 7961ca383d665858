export {
  defineSaga,
  step,
  participant,
  compensateLocally,
  compensateWith,
  replyTypesOf,
  succeed,
  failBecause,
  type SagaDefinition,
  type SagaStep,
  type Participant,
  type Compensation,
  type LocalAction,
  type ReplyOutcome,
  type SagaCommand,
} from './saga-definition';
export { createSagaOrchestrator, type SagaOrchestrator, type SagaOrchestratorOptions, type ReplyVerdict } from './saga-orchestrator';
export { watchSagaDeadlines } from './deadline-watch';
export { listSagas, findSaga, type SagaFilter, type SagaPage, type SagaCursor } from './monitoring/saga-queries';
export { encodeSagaCursor, decodeSagaCursor } from './monitoring/saga-cursor';
export { sagaTimeline, type SagaTimeline, type StepTimeline, type StepState, type ParticipantTiming } from './monitoring/saga-timeline';
export { sagaCommandHandlers, readOnlySagaCommandHandlers } from './participant/saga-command-handlers';
export type {
  SagaCommandHandlers,
  CommandHandler,
  ParticipantSubscription,
  ParticipantTx,
  ParticipantDb,
} from './participant/command-handler';
export { withSuccess, withFailure, noReply, type CommandReply } from './participant/command-reply';
export type { CommandsOf } from './participant/participant-queue';
