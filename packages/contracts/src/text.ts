import { z } from 'zod';

/** Half of a UTF-16 surrogate pair with no other half: JSON can carry it (`"\ud800"`), Unicode text cannot. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const nulMessage = 'must not contain NUL characters';
export const loneSurrogateMessage = 'must not contain lone surrogates (it is not valid Unicode)';

/**
 * Why PostgreSQL could not store this text, or undefined when it can. It refuses NUL in `text`, and a
 * lone surrogate in `jsonb` (where every message and outbox row goes), so either would come back from
 * the database as a 500; the caller gets a 400 naming the field instead.
 */
export function unstorableTextProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return nulMessage;
  if (loneSurrogate.test(text)) return loneSurrogateMessage;
  return undefined;
}

/** Any text we may keep: everything PostgreSQL can store. Passwords, and fields that may hold line breaks. */
export const storableText = () =>
  z
    .string()
    .refine((text) => !text.includes('\u0000'), { message: nulMessage, abort: true })
    .refine((text) => !loneSurrogate.test(text), { message: loneSurrogateMessage, abort: true });

/**
 * Text a person or a client sends us for one line of a form. Control characters (escapes, line
 * breaks) belong in no such field of ours, and what PostgreSQL cannot store is refused first, each
 * with a 400 naming the field.
 */
export const freeText = () =>
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  storableText().regex(/^[^\u0000-\u001F\u007F-\u009F]*$/, { message: 'must not contain control characters' });

/** What every idempotency-key header must be: the same key, retried, means the same request. */
export const idempotencyKey = freeText().trim().min(1).max(200);
