import { context, trace } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { createTelemetry, currentTraceparent } from '@tiffin/telemetry';
import { backends } from '../test-fixtures/test-databases';
import { useTestDatabase } from '../test-fixtures/use-test-database';
import { sampleMessage } from '../test-fixtures/messages';
import { handleOnce } from './handle-once';

describe.each(backends)('a group commit on $name, traced', (backend) => {
  const database = useTestDatabase(backend);

  it('runs each message’s work under its own message’s span, though the group runs them from the first one’s call', async () => {
    const { db } = database();
    const { tracer } = createTelemetry({ part: 'kit-test', env: {} });
    const spans = Array.from({ length: 5 }, (_, i) => tracer.startSpan(`process message ${i}`));
    const seen: (string | undefined)[] = [];
    // Each message handled as a consumer handles it: inside its own span. The first is written
    // alone; the four that arrive meanwhile are written together, by the first one's loop.
    await Promise.all(
      spans.map((span, i) =>
        context.with(trace.setSpan(context.active(), span), () =>
          handleOnce(db, 'kit-test.traced', sampleMessage(), async () => {
            seen[i] = currentTraceparent();
          }),
        ),
      ),
    );
    expect(seen).toEqual(spans.map((span) => `00-${span.spanContext().traceId}-${span.spanContext().spanId}-01`));
  });
});
