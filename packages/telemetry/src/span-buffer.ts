import type { Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace';

/**
 * The process's last `capacity` finished spans, newest replacing oldest: a fixed array written in a
 * circle, so recording a span allocates nothing and memory stays bounded however long the process
 * runs. Read by trace id (a scan, paid by the operator asking, not by the hot path).
 */
export class SpanBuffer implements SpanProcessor {
  private readonly ring: (ReadableSpan | undefined)[];
  private next = 0;

  constructor(readonly capacity: number) {
    this.ring = new Array<ReadableSpan | undefined>(capacity);
  }

  onStart(_span: Span, _parentContext: Context): void {}

  onEnd(span: ReadableSpan): void {
    if (this.capacity === 0) return;
    this.ring[this.next] = span;
    this.next = (this.next + 1) % this.capacity;
  }

  /** The kept spans of one trace, oldest first. */
  spansOf(traceId: string): ReadableSpan[] {
    const found: ReadableSpan[] = [];
    for (let i = 0; i < this.capacity; i++) {
      const span = this.ring[(this.next + i) % this.capacity];
      if (span?.spanContext().traceId === traceId) found.push(span);
    }
    return found;
  }

  async forceFlush(): Promise<void> {}

  async shutdown(): Promise<void> {}
}
