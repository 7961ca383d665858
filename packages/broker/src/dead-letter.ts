import type { Message } from '@tiffin/contracts';

/** A message a consumer gave up on, kept for inspection instead of being lost or retried forever. */
export type DeadLetter =
  | { reason: 'handler-failed'; message: Message; attempts: number; error: string; deadAt: string }
  /** Did not match the message contract, so no handler was ever called. */
  | { reason: 'malformed'; body: string; error: string; deadAt: string };
