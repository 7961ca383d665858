import type { DeadLetterAdmin, QueueDepth } from '@tiffin/broker';
import type { Message, MessageType, QueueDeclaration } from '@tiffin/messages';

/** A subscription as it crosses to the broker's thread: everything but the handler, which stays home. */
export interface RemoteSubscription {
  /** Names the handler on the service thread's side. */
  handlerId: number;
  consumer: string;
  types: readonly MessageType[];
  maxAttempts?: number;
  concurrency?: number;
}

/** Calls a service thread makes on the broker's thread. */
export type BrokerCalls = {
  publish: (message: Message) => Promise<void>;
  subscribe: (subscription: RemoteSubscription) => Promise<void>;
  declare: (declarations: readonly QueueDeclaration[]) => Promise<void>;
  queueDepths: (consumers: readonly string[]) => Promise<QueueDepth[]>;
  listDeadLetters: (args: { consumer: string; limit?: number }) => ReturnType<DeadLetterAdmin['listDeadLetters']>;
  inspectDeadLetter: (args: DeadLetterRef) => ReturnType<DeadLetterAdmin['inspectDeadLetter']>;
  replayDeadLetter: (args: DeadLetterRef) => ReturnType<DeadLetterAdmin['replayDeadLetter']>;
  discardDeadLetter: (args: DeadLetterRef) => ReturnType<DeadLetterAdmin['discardDeadLetter']>;
};

/** A call carries one argument, so a dead letter crosses as its consumer and id together. */
export interface DeadLetterRef {
  consumer: string;
  id: string;
}

/** Calls the broker's thread makes on a service thread. */
export type ServiceThreadCalls = {
  deliver: (delivery: { handlerId: number; message: Message; attempt: number }) => Promise<void>;
};
