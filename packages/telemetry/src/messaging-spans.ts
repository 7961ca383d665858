import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { contextOfTraceparent, formatTraceparent } from './trace-context';
import type { Telemetry } from './telemetry';

/** What tracing needs of a broker message (messages' `Message`, without depending on it). */
export interface TracedMessage {
  id: string;
  type: string;
  source: string;
  occurredAt: string;
  /** The context the message was created in (the outbox row), then its send span's (on the broker). */
  traceparent?: string;
}

/** Which delivery of a message a handler runs for, as the broker counts them. */
export interface DeliveryAttempt {
  attempt: number;
}

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The relay's publish, traced: one producer span per message, from when the message was created
 * (its outbox row) until the broker confirmed it, the child of the span it was created under. The
 * broker carries the send span's traceparent, so every consumer's span is that span's child.
 */
export function tracedPublish<M extends TracedMessage>(telemetry: Telemetry, publish: (message: M) => Promise<void>): (message: M) => Promise<void> {
  const { tracer, metrics } = telemetry;
  return async (message) => {
    const span = tracer.startSpan(
      `send ${message.type}`,
      {
        kind: SpanKind.PRODUCER,
        startTime: Date.parse(message.occurredAt),
        attributes: { 'messaging.operation.type': 'send', 'messaging.destination.name': message.type, 'messaging.message.id': message.id },
      },
      contextOfTraceparent(message.traceparent),
    );
    try {
      await publish({ ...message, traceparent: formatTraceparent(span.spanContext()) });
      metrics.messagePublished(message.type);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: errorMessage(error) });
      throw error;
    } finally {
      span.end();
    }
  };
}

/**
 * A consumer's handler, traced and counted: one consumer span per delivery, the child of the
 * message's send span, active while the handler runs (so the messages it sends are its children);
 * handled, failed and dead-lettered (a failed last attempt) counted per consumer and type.
 */
export function tracedHandler<M extends TracedMessage>(
  telemetry: Telemetry,
  subscription: { consumer: string; maxAttempts: number },
  handle: (message: M, delivery?: DeliveryAttempt) => Promise<void>,
): (message: M, delivery?: DeliveryAttempt) => Promise<void> {
  const { tracer, metrics } = telemetry;
  const { consumer, maxAttempts } = subscription;
  return async (message, delivery) => {
    const parent = contextOfTraceparent(message.traceparent);
    const span = tracer.startSpan(
      `process ${message.type}`,
      {
        kind: SpanKind.CONSUMER,
        attributes: {
          'messaging.operation.type': 'process',
          'messaging.destination.name': message.type,
          'messaging.consumer.group.name': consumer,
          'messaging.message.id': message.id,
          ...(delivery ? { 'tiffin.delivery.attempt': delivery.attempt } : {}),
        },
      },
      parent,
    );
    try {
      await context.with(trace.setSpan(parent, span), handle, undefined, message, delivery);
      metrics.messageHandled(consumer, message.type);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: errorMessage(error) });
      metrics.messageFailed(consumer, message.type, (delivery?.attempt ?? 1) >= maxAttempts);
      throw error;
    } finally {
      span.end();
    }
  };
}
