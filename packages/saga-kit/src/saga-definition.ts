import type { Message, MessagePayload, MessageType } from '@tiffin/messages';
import type { Tx } from '@tiffin/service-kit';

type Schema = Record<string, unknown>;

/** A command a saga sends: a broker message type and its payload. */
export type SagaCommand = { [T in MessageType]: { type: T; payload: MessagePayload<T> } }[MessageType];

/** What a reply means for the saga: go on (with the data it updates), or fail with a readable reason. */
export type ReplyOutcome<D> = { ok: true; data?: D } | { ok: false; reason: string };

export type ReplyHandlers<D> = { [T in MessageType]?: (reply: Message<T>, data: D) => ReplyOutcome<D> };

/** Work done in the saga's own transaction, in the orchestrating service's database. */
export type LocalAction<D> = (tx: Tx<Schema>, data: D, context: { sagaId: string; reason?: string }) => Promise<void>;

export interface Participant<D> {
  /** Who is asked, as history and monitoring show it: "catalog". */
  name: string;
  command: (data: D, sagaId: string) => SagaCommand;
  /** The replies that answer the command; any other message type is not for this participant. */
  replies: ReplyHandlers<D>;
  /** What the customer reads if it does not answer by the step's deadline. */
  timeoutReason?: string;
  /**
   * Runs in the saga's transaction when this participant's reply moves the step on, before the step's
   * onDone: what one answer of several changes on its own (e.g. the order is CONSUMER_VALIDATED).
   */
  onReply?: LocalAction<D>;
}

export type Compensation<D> =
  | { kind: 'local'; run: LocalAction<D> }
  | { kind: 'command'; command: (data: D, sagaId: string) => SagaCommand };

export interface SagaStep<D> {
  name: string;
  /** Asked together; the step is done when every one has answered well, in whatever order. */
  participants: readonly Participant<D>[];
  /** Runs in the saga's transaction when the step is done (at once for a step without participants). */
  onDone?: LocalAction<D>;
  /**
   * Undoes what this step did, if a later step fails, or if this step's participants do not answer by
   * its deadline (they may have acted without answering in time). Must be idempotent, and its
   * participant must cope with it arriving before the command it undoes.
   */
  compensation?: Compensation<D>;
  /** How long the participants have to answer before the step fails. */
  deadlineMs: number;
}

export interface SagaDefinition<D> {
  /** Stored with each instance: "create-order". */
  name: string;
  /**
   * Raised when the steps change; stored with each instance, which keeps the steps it started with.
   * A service moving sagas of an older version keeps that version's definition (olderVersions).
   */
  version: number;
  steps: readonly SagaStep<D>[];
}

const defaultDeadlineMs = 30_000;

/**
 * A saga read as its steps, the way FTGO's CreateOrderSaga reads: each step asks participants (in
 * parallel), says which replies move it on, and how it is compensated if a later step fails.
 */
export function defineSaga<D>(name: string, steps: readonly SagaStep<D>[], options: { version?: number } = {}): SagaDefinition<D> {
  if (steps.length === 0) throw new Error(`saga ${name} needs at least one step`);
  const version = options.version ?? 1;
  if (!Number.isInteger(version) || version < 1) throw new Error(`saga ${name}: version must be a whole number from 1`);
  const replyTypes = new Set<string>();
  for (const step of steps) {
    for (const participant of step.participants) {
      for (const type of Object.keys(participant.replies)) {
        // A reply type must identify one participant of one step, or a late reply could be taken for a current one.
        if (replyTypes.has(type)) throw new Error(`saga ${name}: reply ${type} answers more than one participant`);
        replyTypes.add(type);
      }
    }
  }
  return { name, version, steps };
}

export function step<D>(
  name: string,
  parts: { invoke?: readonly Participant<D>[]; onDone?: LocalAction<D>; compensation?: Compensation<D>; deadlineMs?: number },
): SagaStep<D> {
  return {
    name,
    participants: parts.invoke ?? [],
    ...(parts.onDone ? { onDone: parts.onDone } : {}),
    ...(parts.compensation ? { compensation: parts.compensation } : {}),
    deadlineMs: parts.deadlineMs ?? defaultDeadlineMs,
  };
}

export function participant<D>(
  name: string,
  command: Participant<D>['command'],
  replies: ReplyHandlers<D>,
  options: { timeoutReason?: string; onReply?: LocalAction<D> } = {},
): Participant<D> {
  return { name, command, replies, ...options };
}

export function compensateLocally<D>(run: LocalAction<D>): Compensation<D> {
  return { kind: 'local', run };
}

export function compensateWith<D>(command: (data: D, sagaId: string) => SagaCommand): Compensation<D> {
  return { kind: 'command', command };
}

/** The reply types a saga listens for: what its consumer subscribes to. */
export function replyTypesOf<D>(definition: SagaDefinition<D>): MessageType[] {
  return definition.steps.flatMap((s) => s.participants.flatMap((p) => Object.keys(p.replies) as MessageType[]));
}

/** Reply handler helpers for the common cases. */
export const succeed = <D>(): ReplyOutcome<D> => ({ ok: true });
export const failBecause = <D>(reason: string): ReplyOutcome<D> => ({ ok: false, reason });
