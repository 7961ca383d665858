import type { Message } from '@tiffin/messages';

/** A message a consumer gave up on, kept for inspection instead of being lost or retried forever. */
export type DeadLetter =
  | { id: string; reason: 'handler-failed'; message: Message; attempts: number; error: string; deadAt: string }
  /** Did not match the message contract, so no handler was ever called. */
  | { id: string; reason: 'malformed'; body: string; error: string; deadAt: string };

/** One dead letter as an operator lists it: enough to tell which message failed, why and when. */
export interface DeadLetterSummary {
  /** Names this dead letter within its consumer's dead letters; what inspect, replay and discard take. */
  id: string;
  /** The message's id, or null when the body did not carry a readable one. */
  messageId: string | null;
  /** The message's type, or null when the body did not carry a readable one. */
  type: string | null;
  reason: 'handler-failed' | 'malformed';
  /** How many times the consumer tried it (1 for a malformed message, which no handler saw). */
  attempts: number;
  /** The handler's last error, or what was wrong with the body. */
  error: string;
  deadAt: string;
}

/** A dead letter with the whole message, byte for byte as the consumer received it. */
export interface DeadLetterDetail extends DeadLetterSummary {
  body: string;
}

export interface DeadLetterList {
  consumer: string;
  /** How many dead letters the consumer has now, which may be more than `letters` lists. */
  count: number;
  /** The oldest first, at most the limit asked for. */
  letters: DeadLetterSummary[];
}

/** Dead letters listed when the caller does not say how many. */
export const defaultDeadLetterListLimit = 100;

/**
 * What an operator does with a consumer's dead letters. A replayed letter goes back to the end of
 * its consumer's queue only (no other consumer sees it again) as a first attempt; the consumer's
 * inbox still makes it take effect at most once. Inspect, replay and discard answer undefined/false
 * for an id the consumer does not have (never had, or already replayed or discarded).
 */
export interface DeadLetterAdmin {
  listDeadLetters(consumer: string, options?: { limit?: number }): Promise<DeadLetterList>;
  inspectDeadLetter(consumer: string, id: string): Promise<DeadLetterDetail | undefined>;
  replayDeadLetter(consumer: string, id: string): Promise<boolean>;
  discardDeadLetter(consumer: string, id: string): Promise<boolean>;
}

/** The message id and type a body names, if it is JSON with them; a malformed body may still have them. */
export function identityInBody(body: string): { messageId: string | null; type: string | null } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { messageId: null, type: null };
  }
  const field = (name: string) =>
    typeof parsed === 'object' && parsed !== null && typeof (parsed as Record<string, unknown>)[name] === 'string'
      ? ((parsed as Record<string, string>)[name] ?? null)
      : null;
  return { messageId: field('id'), type: field('type') };
}

export function checkedListLimit(limit: number | undefined): number {
  const value = limit ?? defaultDeadLetterListLimit;
  if (!Number.isInteger(value) || value < 1) throw new Error('limit must be an integer of at least 1');
  return value;
}
