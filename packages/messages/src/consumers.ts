import type { ServiceName } from '../../topology/src/topology';
import { eventLogs, type EventLogOwner } from './event-logs';
import type { MessageType } from './messages';

/**
 * The replies a participant may answer each saga command with: declared once here, so that a saga's
 * queue (below) takes what its participants can answer, and the order service checks at start-up that
 * its sagas wait for exactly those (checkedQueueTypes).
 */
export const commandReplies = {
  ValidateConsumer: ['ConsumerValidated', 'ConsumerRejected'],
  ValidateOrderDetails: ['OrderDetailsValidated', 'OrderDetailsRejected'],
  CreateTicket: ['TicketCreated', 'TicketRejected'],
  AuthorizeCard: ['CardAuthorized', 'CardDeclined'],
  ConfirmTicket: ['TicketConfirmed'],
  CancelDelivery: ['DeliveryCancelled', 'DeliveryCancelRefused'],
  CancelTicket: ['TicketCancelled'],
  ReverseAuthorization: ['AuthorizationReversed'],
} as const satisfies Partial<Record<MessageType, readonly MessageType[]>>;

export type SagaCommandType = keyof typeof commandReplies;

/**
 * The commands each saga's steps ask their participants, by the queue on which the saga takes the
 * replies. Compensating commands are not listed: the create-order saga does not wait for their answers
 * (the kitchen's and accounting's land on the cancel-order saga's queue, and change nothing there for
 * an order with no cancel saga).
 */
export const sagaCommands = {
  'order.create-order-saga': ['ValidateConsumer', 'ValidateOrderDetails', 'CreateTicket', 'AuthorizeCard', 'ConfirmTicket'],
  'order.cancel-order-saga': ['CancelDelivery', 'CancelTicket', 'ReverseAuthorization'],
} as const satisfies Record<`${ServiceName}.${string}`, readonly SagaCommandType[]>;

type SagaQueue = keyof typeof sagaCommands;
type RepliesTo<Q extends SagaQueue> = (typeof commandReplies)[(typeof sagaCommands)[Q][number]][number];

/** Object.fromEntries forgets which keys it made, and the type of each one's value: `T` says. */
const objectOf = <T>(entries: Iterable<readonly [PropertyKey, unknown]>): T => Object.fromEntries(entries) as T;

const sagaReplyQueues = objectOf<{ readonly [Q in SagaQueue]: readonly RepliesTo<Q>[] }>(
  Object.entries(sagaCommands).map(([queue, commands]) => [queue, commands.flatMap((command) => commandReplies[command])]),
);

/** The queue on which an owner of an event log takes ReplayEvents. */
export const replayEventsConsumer = <O extends string>(owner: O): `${O}.replay-events` => `${owner}.replay-events`;

const replayEventsQueues = objectOf<{ readonly [O in EventLogOwner as `${O}.replay-events`]: readonly ['ReplayEvents'] }>(
  Object.keys(eventLogs).map((owner) => [replayEventsConsumer(owner), ['ReplayEvents']]),
);

/**
 * Every durable consumer in Tiffin (one queue each) and the message types bound to it. Each service
 * declares all of them before its outbox relay publishes anything, so a message never goes out before
 * the queues that must receive it exist, whichever service starts first, in one process or many.
 */
export const consumerQueueTypes = {
  'catalog.validate-order': ['ValidateOrderDetails'],
  'consumer.validate-consumer': ['ValidateConsumer'],
  'kitchen.tickets': ['CreateTicket', 'ConfirmTicket', 'CancelTicket'],
  'accounting.card-authorizations': ['AuthorizeCard', 'ReverseAuthorization'],
  'delivery.on-order-approved': ['OrderApproved'],
  'delivery.cancel-delivery': ['CancelDelivery'],
  'order.menu-replica': ['RestaurantMenuPublished'],
  // The replies to each saga's commands (sagaCommands, commandReplies).
  ...sagaReplyQueues,
  // The order follows the kitchen and the courier after approval (choreography).
  'order.order-progress': ['TicketAccepted', 'TicketPreparing', 'TicketReady', 'TicketDeclined', 'DeliveryPickedUp', 'DeliveryDelivered'],
  'order-history.events': [
    'OrderCreated',
    'OrderApproved',
    'OrderRejected',
    'OrderCancelled',
    'DeliveryScheduled',
    'TicketAccepted',
    'TicketPreparing',
    'TicketReady',
    'TicketDeclined',
    'CourierAssigned',
    'DeliveryPickedUp',
    'DeliveryDelivered',
  ],
  'order-history.replay': ['ReplayedEvent', 'EventReplayFinished'],
  // One per owner of an event log (eventLogs).
  ...replayEventsQueues,
} as const satisfies Record<`${ServiceName}.${string}`, readonly MessageType[]>;

export type ConsumerName = keyof typeof consumerQueueTypes;

export interface QueueDeclaration {
  consumer: string;
  types: readonly MessageType[];
}

export const consumerQueueDeclarations: readonly QueueDeclaration[] = Object.entries(consumerQueueTypes).map(
  ([consumer, types]) => ({ consumer, types }),
);

export type ConsumerQueueType<C extends ConsumerName> = (typeof consumerQueueTypes)[C][number];

/**
 * `types`, derived elsewhere (a saga's replies), as the types of `consumer`'s queue once checked to be
 * exactly those the queue declares: a difference fails at start-up naming it, rather than leaving the
 * queue bound to a type nobody handles, or a handler waiting for a type that never reaches the queue.
 */
export function checkedQueueTypes<C extends ConsumerName>(consumer: C, types: readonly MessageType[]): readonly ConsumerQueueType<C>[] {
  const declared: readonly MessageType[] = consumerQueueTypes[consumer];
  const undeclared = types.filter((type) => !declared.includes(type));
  const untaken = declared.filter((type) => !types.includes(type));
  if (undeclared.length > 0 || untaken.length > 0) {
    const differences = [undeclared.length > 0 ? `not declared: ${undeclared.join(', ')}` : '', untaken.length > 0 ? `not taken: ${untaken.join(', ')}` : ''];
    throw new Error(
      `${consumer} takes [${types.join(', ')}], but consumerQueueTypes (packages/messages/src/consumers.ts) gives its queue [${declared.join(', ')}]; ${differences.filter(Boolean).join('; ')}`,
    );
  }
  return types as readonly ConsumerQueueType<C>[];
}
