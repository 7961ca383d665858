import { z } from 'zod';
import { id } from '@tiffin/contracts';
import { currentTraceparent } from '@tiffin/telemetry/trace-context';
import { merged } from './catalogue';
import { replayPayloads } from './replay-messages';

/**
 * Every message on the broker: events (something happened) and saga commands/replies, each declared
 * by its owner (owners/). The `type` is the routing key; each consumer validates the payload against
 * this catalogue on receipt.
 */
const payloads = { ...merged('payloads'), ...replayPayloads };

export const messagePayloads = payloads;
export type MessageType = keyof typeof payloads;
export const messageTypes = Object.keys(payloads) as MessageType[];
export type MessagePayload<T extends MessageType> = z.infer<(typeof payloads)[T]>;

export const messageEnvelope = z.object({
  /** Unique per message; consumers deduplicate on it. */
  id,
  type: z.enum(messageTypes as [MessageType, ...MessageType[]]),
  /** The service that wrote the message. */
  source: z.string(),
  occurredAt: z.iso.datetime(),
  correlationId: z.string().optional(),
  /** W3C trace context: where the message was created (its outbox row), then its send span (on the broker). */
  traceparent: z.string().max(55).optional(),
  payload: z.unknown(),
});

export type Message<T extends MessageType = MessageType> = {
  [K in T]: {
    id: string;
    type: K;
    source: string;
    occurredAt: string;
    correlationId?: string;
    traceparent?: string;
    payload: MessagePayload<K>;
  };
}[T];

/** Parses raw bytes/JSON from the wire into a typed message; throws a ZodError naming the bad field. */
export function parseMessage(raw: unknown): Message {
  const envelope = messageEnvelope.parse(raw);
  const payload = payloads[envelope.type].parse(envelope.payload);
  return { ...envelope, payload } as Message;
}

/**
 * Builds a message with a fresh id and timestamp, checking the payload against the catalogue. It
 * carries the trace context it was made in, so its consumers' spans join the trace that caused it.
 */
export function createMessage<T extends MessageType>(
  type: T,
  source: string,
  payload: MessagePayload<T>,
  correlationId?: string,
): Message<T> {
  const checked = payloads[type].parse(payload);
  const traceparent = currentTraceparent();
  return {
    id: crypto.randomUUID(),
    type,
    source,
    occurredAt: new Date().toISOString(),
    ...(correlationId ? { correlationId } : {}),
    ...(traceparent ? { traceparent } : {}),
    payload: checked,
  } as Message<T>;
}
