export { sagaAgainstParticipants, type SagaOutcome } from './saga-against-participants';
