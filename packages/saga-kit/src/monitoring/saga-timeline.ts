import type { SagaHistoryEntry } from '@tiffin/service-kit';
import type { SagaDefinition } from '../saga-definition';

export type StepState = 'not reached' | 'under way' | 'done' | 'failed' | 'compensated';

/** One participant of a step: what it was asked, what it answered, and how long that took. */
export interface ParticipantTiming {
  name: string;
  command: string | null;
  /** The broker message the command went as (its latest sending, after a retry). */
  commandMessageId: string | null;
  sentAt: string | null;
  /** When an operator last sent the command again (retry); null if it went once. */
  resentAt: string | null;
  reply: string | null;
  replyMessageId: string | null;
  repliedAt: string | null;
  /** From the command to its reply; null while unanswered. */
  waitedMs: number | null;
}

export interface StepTimeline {
  index: number;
  name: string;
  state: StepState;
  startedAt: string | null;
  endedAt: string | null;
  durationMs: number | null;
  participants: ParticipantTiming[];
  /** Why the step failed (a participant's reason, or which one did not answer in time). */
  error: string | null;
  /** When this step's compensation ran, once a later step failed. */
  compensatedAt: string | null;
  /** Replies that came for this step when nothing awaited them (late, duplicate, after the end). */
  ignoredReplies: { at: string; detail: string }[];
}

export interface SagaTimeline {
  /** The trace the saga started in, when it was traced: its request, steps, commands and replies. */
  traceId: string | null;
  steps: StepTimeline[];
  /** In the order they ran: the last completed step first; a command's message id when one was sent. */
  compensations: { step: string; at: string; messageId: string | null }[];
  errors: { step: string; at: string; error: string }[];
}

/**
 * A saga's steps read back from its persisted history: when each started and ended, each
 * participant's command and reply with the wait between them, compensations and errors. With the
 * saga's definition the steps it never reached are listed too; without it (a type this service no
 * longer declares) the steps are those the history names, in the order it first names them.
 */
export function sagaTimeline(history: readonly SagaHistoryEntry[], definition: SagaDefinition<unknown> | undefined, sagaType: string): SagaTimeline {
  const steps = new Map<string, StepTimeline>();
  for (const [index, step] of (definition?.steps ?? []).entries()) {
    if (!steps.has(step.name)) steps.set(step.name, emptyStep(index, step.name));
  }
  /** The step a reply type answers, by the definition: "ConsumerValidated (saga compensated)" answers validation. */
  const answeredStep = (detail: string | undefined): StepTimeline | undefined => {
    const replyType = detail?.split(' ')[0];
    const answered = definition?.steps.find((s) => s.participants.some((p) => replyType !== undefined && replyType in p.replies));
    return answered && steps.get(answered.name);
  };
  const compensations: SagaTimeline['compensations'] = [];
  const errors: SagaTimeline['errors'] = [];

  for (const entry of history) {
    // The saga's own events (started, succeeded, compensated) are recorded under its type's name.
    if (entry.step === (definition?.name ?? sagaType)) continue;
    let step = steps.get(entry.step);
    if (!step) {
      step = emptyStep(steps.size, entry.step);
      steps.set(entry.step, step);
    }
    const { name, message } = splitDetail(entry.detail);
    switch (entry.event) {
      case 'command sent':
        step.startedAt ??= entry.at;
        step.participants.push({
          name,
          command: message,
          commandMessageId: entry.messageId ?? null,
          sentAt: entry.at,
          resentAt: null,
          reply: null,
          replyMessageId: null,
          repliedAt: null,
          waitedMs: null,
        });
        break;
      case 'command resent': {
        const participant = step.participants.find((p) => p.name === name && p.reply === null);
        if (participant) {
          participant.resentAt = entry.at;
          participant.commandMessageId = entry.messageId ?? null;
        }
        break;
      }
      case 'reply': {
        const participant = step.participants.find((p) => p.name === name && p.reply === null);
        if (participant) {
          participant.reply = message;
          participant.replyMessageId = entry.messageId ?? null;
          participant.repliedAt = entry.at;
          participant.waitedMs = participant.sentAt === null ? null : msBetween(participant.sentAt, entry.at);
        }
        break;
      }
      case 'reply ignored':
        // Recorded under the step the saga was at; shown under the step whose participant it answers.
        (answeredStep(entry.detail) ?? step).ignoredReplies.push({ at: entry.at, detail: entry.detail ?? '' });
        break;
      case 'step done':
        step.startedAt ??= entry.at;
        step.endedAt = entry.at;
        break;
      case 'failed':
        step.startedAt ??= entry.at;
        step.endedAt = entry.at;
        step.error = entry.detail ?? 'failed';
        errors.push({ step: step.name, at: entry.at, error: step.error });
        break;
      case 'compensation':
        step.compensatedAt = entry.at;
        compensations.push({ step: step.name, at: entry.at, messageId: entry.messageId ?? null });
        break;
      default:
        break;
    }
  }

  for (const step of steps.values()) {
    step.durationMs = step.startedAt && step.endedAt ? msBetween(step.startedAt, step.endedAt) : null;
    step.state = stateOf(step);
  }
  const traceId = history.find((entry) => entry.event === 'started')?.traceId ?? null;
  return { traceId, steps: [...steps.values()], compensations, errors };
}

function stateOf(step: StepTimeline): StepState {
  if (step.error !== null) return 'failed';
  if (step.compensatedAt !== null) return 'compensated';
  if (step.endedAt !== null) return 'done';
  return step.startedAt === null ? 'not reached' : 'under way';
}

function emptyStep(index: number, name: string): StepTimeline {
  return {
    index,
    name,
    state: 'not reached',
    startedAt: null,
    endedAt: null,
    durationMs: null,
    participants: [],
    error: null,
    compensatedAt: null,
    ignoredReplies: [],
  };
}

/** The orchestrator writes commands and replies as "<participant>: <message type>". */
function splitDetail(detail: string | undefined): { name: string; message: string | null } {
  const at = detail?.indexOf(': ') ?? -1;
  if (!detail || at === -1) return { name: detail ?? '', message: null };
  return { name: detail.slice(0, at), message: detail.slice(at + 2) };
}

function msBetween(from: string, to: string): number {
  return Date.parse(to) - Date.parse(from);
}
