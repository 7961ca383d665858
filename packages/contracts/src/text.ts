import { z } from 'zod';

/**
 * Text a person or a client sends us. Control characters (NUL, escapes, line breaks) belong in no
 * field of ours, and PostgreSQL refuses NUL outright, so they are refused at the door with a 400
 * naming the field, never carried to the database to come back as a 500.
 */
export const freeText = () =>
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  z.string().regex(/^[^\u0000-\u001F\u007F-\u009F]*$/, { message: 'must not contain control characters' });

/** What every idempotency-key header must be: the same key, retried, means the same request. */
export const idempotencyKey = freeText().trim().min(1).max(200);
