import type { ServiceName } from '../../topology/src/topology';
import { merged } from './catalogue';
import { eventLogs, type EventLogOwner } from './event-logs';
import type { MessageType } from './messages';

/**
 * The replies a participant may answer each saga command with: declared once, by the participant
 * (owners/), so that a saga's queue (below) takes what its participants can answer, and the order
 * service checks at start-up that its sagas wait for exactly those (checkedQueueTypes).
 */
export const commandReplies = merged('commandReplies') satisfies Partial<Record<MessageType, readonly MessageType[]>>;

export type SagaCommandType = keyof typeof commandReplies;

/**
 * The commands each saga's steps ask their participants, by the queue on which the saga takes the
 * replies (the sagas of each owner's file).
 */
export const sagaCommands = merged('sagas') satisfies Record<`${ServiceName}.${string}`, readonly SagaCommandType[]>;

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
  // Each owner's own consumers (owners/).
  ...merged('queues'),
  // The replies to each saga's commands (sagaCommands, commandReplies).
  ...sagaReplyQueues,
  // One per owner of an event log (eventLogs).
  ...replayEventsQueues,
} satisfies Record<`${ServiceName}.${string}`, readonly MessageType[]>;

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
