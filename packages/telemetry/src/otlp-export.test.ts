import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createTelemetry } from './telemetry';

describe('exporting spans over OTLP', () => {
  it('sends every finished span to OTEL_EXPORTER_OTLP_ENDPOINT/v1/traces under the part’s service name, and keeps it in memory too', async () => {
    const received: { url: string; body: string }[] = [];
    const collector = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        received.push({ url: request.url ?? '', body });
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const { port } = collector.address() as { port: number };
    try {
      const telemetry = createTelemetry({ part: 'kitchen', env: { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}` } });
      const span = telemetry.tracer.startSpan('process CreateTicket');
      span.end();
      await telemetry.flush();
      expect(received.map((request) => request.url)).toEqual(['/v1/traces']);
      expect(received[0]!.body).toContain('process CreateTicket');
      expect(received[0]!.body).toContain('kitchen');
      expect(telemetry.spansOf(span.spanContext().traceId).map((kept) => kept.name)).toEqual(['process CreateTicket']);
    } finally {
      await new Promise((resolve) => collector.close(resolve));
    }
  });
});
