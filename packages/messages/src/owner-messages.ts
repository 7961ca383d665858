import type { z } from 'zod';
import type { ServiceName } from '../../topology/src/topology';

/**
 * What one service says on the broker, declared in its own file (after FTGO's `<service>-api`
 * modules): the events it publishes and the commands it answers, with their replies, the queues on
 * which it consumes, the sagas it orchestrates and the events it keeps for good. catalogue.ts merges
 * the owners; adding a service adds one file here and one line there.
 */
export interface OwnerMessages {
  owner: ServiceName;
  /** Each message type this owner publishes or answers, by its routing key. */
  payloads: Record<string, z.ZodType>;
  /** The replies each of its commands may get (only commands this owner handles). */
  commandReplies?: Record<string, readonly string[]>;
  /** Its durable consumers, `<owner>.<consumer>`, and the types bound to each queue. */
  queues?: Record<string, readonly string[]>;
  /**
   * The commands each saga it orchestrates sends, by the queue on which the saga takes the replies.
   * Compensating commands are not listed: a saga does not wait for their answers.
   */
  sagas?: Record<string, readonly string[]>;
  /** The events it keeps for good in its outbox and republishes on ReplayEvents (eventLogs). */
  eventLog?: readonly string[];
}
