import { messageEnvelope, parseMessage, type Message } from '@tiffin/messages';

/**
 * How a message looks on the wire. The embedded broker goes through the same encoding as RabbitMQ so
 * that a consumer sees exactly what it would see in production (a copy, validated on receipt).
 */
export function encodeMessage(message: Message): string {
  return JSON.stringify(message);
}

export type DecodedMessage = { ok: true; message: Message } | { ok: false; error: string };

export function decodeMessage(body: string): DecodedMessage {
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (err) {
    return { ok: false, error: `body is not JSON: ${describeError(err)}` };
  }
  try {
    return { ok: true, message: parseMessage(raw) };
  } catch (err) {
    // parseMessage checks the payload on its own, so its paths start inside the payload.
    const pathPrefix = messageEnvelope.safeParse(raw).success ? ['payload'] : [];
    return { ok: false, error: describeError(err, pathPrefix) };
  }
}

/** One line naming what went wrong; zod errors list each bad field and its rule. */
export function describeError(err: unknown, pathPrefix: readonly string[] = []): string {
  if (isValidationError(err)) {
    return err.issues
      .map((issue) => `${[...pathPrefix, ...issue.path.map(String)].join('.') || '(message)'}: ${issue.message}`)
      .join('; ');
  }
  if (err instanceof Error) return err.message;
  return String(err);
}

function isValidationError(err: unknown): err is { issues: { path: PropertyKey[]; message: string }[] } {
  return typeof err === 'object' && err !== null && Array.isArray((err as { issues?: unknown }).issues);
}
