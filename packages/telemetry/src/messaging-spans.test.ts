import { context, trace } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { currentTraceparent } from './trace-context';
import { tracedHandler, tracedPublish, type TracedMessage } from './messaging-spans';
import { parsePrometheusText, samplesIn, sampleSum } from './prometheus-text';
import { createTelemetry } from './telemetry';

const env = { TIFFIN_TRACE_BUFFER_SPANS: '64' };

/** A message made where the code runs now, as createMessage makes one. */
function messageHere(type: string): TracedMessage {
  const traceparent = currentTraceparent();
  return { id: crypto.randomUUID(), type, source: 'test', occurredAt: new Date().toISOString(), ...(traceparent ? { traceparent } : {}) };
}

describe('a message’s trace through the relay and a consumer', () => {
  it('makes the consumer’s span the child of the send span, and what it sends the child of its own', async () => {
    const order = createTelemetry({ part: 'order', env });
    const kitchen = createTelemetry({ part: 'kitchen', env });
    const onTheWire: TracedMessage[] = [];
    const publish = tracedPublish(order, async (message) => void onTheWire.push(message));
    let reply: TracedMessage | undefined;
    const handle = tracedHandler(kitchen, { consumer: 'kitchen.commands', maxAttempts: 3 }, async () => {
      reply = messageHere('TicketCreated');
    });

    const request = order.tracer.startSpan('POST /orders');
    const command = context.with(trace.setSpan(context.active(), request), () => messageHere('CreateTicket'));
    request.end();
    await publish(command);
    await handle(onTheWire[0]!, { attempt: 1 });

    const traceId = request.spanContext().traceId;
    const [sent] = order.spansOf(traceId).filter((span) => span.kind === 'producer');
    const [processed] = kitchen.spansOf(traceId);
    expect(command.traceparent).toContain(request.spanContext().spanId);
    expect(sent).toMatchObject({ name: 'send CreateTicket', parentSpanId: request.spanContext().spanId, part: 'order' });
    expect(onTheWire[0]!.traceparent).toBe(`00-${traceId}-${sent!.spanId}-01`);
    expect(processed).toMatchObject({ name: 'process CreateTicket', kind: 'consumer', parentSpanId: sent!.spanId, part: 'kitchen' });
    expect(reply!.traceparent).toBe(`00-${traceId}-${processed!.spanId}-01`);
  });

  it('counts handled, failed and dead-lettered messages per consumer and type', async () => {
    const telemetry = createTelemetry({ part: 'kitchen', env });
    const subscription = { consumer: 'kitchen.commands', maxAttempts: 2 };
    const fine = tracedHandler(telemetry, subscription, async () => undefined);
    const failing = tracedHandler(telemetry, subscription, async () => Promise.reject(new Error('database busy')));

    await fine(messageHere('CreateTicket'), { attempt: 1 });
    await expect(failing(messageHere('CancelTicket'), { attempt: 1 })).rejects.toThrow('database busy');
    await expect(failing(messageHere('CancelTicket'), { attempt: 2 })).rejects.toThrow('database busy');

    const { text } = await telemetry.metrics.exposition();
    expect(parsePrometheusText(text).find((family) => family.name === 'tiffin_messages_handled_total')?.type).toBe('COUNTER');
    const parsed = samplesIn(text);
    const of = { consumer: 'kitchen.commands' };
    expect(sampleSum(parsed, 'tiffin_messages_handled_total', { ...of, type: 'CreateTicket' })).toBe(1);
    expect(sampleSum(parsed, 'tiffin_messages_failed_total', { ...of, type: 'CancelTicket' })).toBe(2);
    expect(sampleSum(parsed, 'tiffin_messages_dead_lettered_total', { ...of, type: 'CancelTicket' })).toBe(1);
    expect(sampleSum(parsed, 'process_cpu_seconds_total')).toBeGreaterThan(0);
  });
});

describe('the span buffer', () => {
  it('keeps only the newest spans, however many are recorded', () => {
    const telemetry = createTelemetry({ part: 'order', env: { TIFFIN_TRACE_BUFFER_SPANS: '3' } });
    const root = telemetry.tracer.startSpan('root');
    const { traceId } = root.spanContext();
    root.end();
    const inTrace = trace.setSpan(context.active(), root);
    for (let i = 0; i < 5; i++) telemetry.tracer.startSpan(`child ${i}`, {}, inTrace).end();
    expect(telemetry.spansOf(traceId).map((span) => span.name)).toEqual(['child 2', 'child 3', 'child 4']);
  });

  it('records nothing that the sampler leaves out, while the trace context still flows', async () => {
    const telemetry = createTelemetry({ part: 'order', env: { OTEL_TRACES_SAMPLER: 'parentbased_always_off' } });
    const onTheWire: TracedMessage[] = [];
    await tracedPublish(telemetry, async (message) => void onTheWire.push(message))(messageHere('CreateTicket'));
    const traceparent = onTheWire[0]!.traceparent!;
    expect(traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/);
    expect(telemetry.spansOf(traceparent.slice(3, 35))).toEqual([]);
  });
});
