import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { LabelledChildren } from './labelled';

/** A gauge read when Prometheus (or the ops BFF) scrapes, never on the hot path. */
export interface ScrapedGauge<L extends string> {
  name: string;
  help: string;
  labelNames: readonly L[];
  /** Sets each label set's value; a set not set in a scrape is not reported in it. */
  collect(set: (labels: Partial<Record<L, string>>, value: number) => void): Promise<void> | void;
}

/** Seconds; from a cache hit to a slow composition or a saga command's wait. */
const requestBuckets = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * One part's Prometheus metrics (a service, a BFF or the edge), in a registry of its own: several
 * parts may share a process (tests, the services host's threads share one process's CPU figures),
 * and each must still report only itself.
 */
export class PartMetrics {
  readonly registry = new Registry();
  private readonly duration: Histogram<'method' | 'route' | 'status_code'>;
  /** Children by route, then method, then status. */
  private readonly requests = new LabelledChildren<string, string, Map<number, Histogram.Internal<'method' | 'route' | 'status_code'>>>(() => new Map());
  private readonly handled: LabelledChildren<string, string, Counter.Internal>;
  private readonly failed: LabelledChildren<string, string, Counter.Internal>;
  private readonly deadLettered: LabelledChildren<string, string, Counter.Internal>;
  private readonly published = new Map<string, Counter.Internal>();
  private readonly publishedCounter: Counter<'type'>;

  constructor() {
    const registers = [this.registry];
    this.duration = new Histogram({
      name: 'http_server_request_duration_seconds',
      help: 'Time from a request arriving to its response being sent, by route template',
      labelNames: ['method', 'route', 'status_code'],
      buckets: requestBuckets,
      registers,
    });
    const messages = (name: string, help: string) => new Counter({ name, help, labelNames: ['consumer', 'type'], registers });
    const handled = messages('tiffin_messages_handled_total', 'Messages a consumer handled and acknowledged');
    const failed = messages('tiffin_messages_failed_total', 'Attempts at a message that failed (each is retried until its last)');
    const dead = messages('tiffin_messages_dead_lettered_total', 'Messages whose last attempt failed: the broker moved them to the dead letters');
    this.handled = new LabelledChildren((consumer, type) => handled.labels(consumer, type));
    this.failed = new LabelledChildren((consumer, type) => failed.labels(consumer, type));
    this.deadLettered = new LabelledChildren((consumer, type) => dead.labels(consumer, type));
    this.publishedCounter = new Counter({ name: 'tiffin_messages_published_total', help: 'Messages the outbox relay published and the broker confirmed', labelNames: ['type'], registers });
  }

  observeRequest(method: string, route: string, status: number, seconds: number): void {
    const byStatus = this.requests.of(route, method);
    let child = byStatus.get(status);
    if (!child) byStatus.set(status, (child = this.duration.labels(method, route, String(status))));
    child.observe(seconds);
  }

  messageHandled(consumer: string, type: string): void {
    this.handled.of(consumer, type).inc();
  }

  messageFailed(consumer: string, type: string, lastAttempt: boolean): void {
    this.failed.of(consumer, type).inc();
    if (lastAttempt) this.deadLettered.of(consumer, type).inc();
  }

  messagePublished(type: string): void {
    let child = this.published.get(type);
    if (!child) this.published.set(type, (child = this.publishedCounter.labels(type)));
    child.inc();
  }

  /** Adds a gauge computed at scrape time (outbox lag, queue depths, sagas by state). */
  scraped<L extends string>(gauge: ScrapedGauge<L>): void {
    new Gauge<L>({
      name: gauge.name,
      help: gauge.help,
      labelNames: gauge.labelNames,
      registers: [this.registry],
      async collect() {
        this.reset();
        await gauge.collect((labels, value) => this.set(labels, value));
      },
    });
  }

  /** This part's metrics and its process's (CPU, memory, event loop), as Prometheus text. */
  async exposition(): Promise<{ contentType: string; text: string }> {
    const merged = Registry.merge([this.registry, processRegistry()]);
    return { contentType: merged.contentType, text: await merged.metrics() };
  }
}

let processMetrics: Registry | undefined;

/** The process's own figures, collected once per thread whatever the number of parts in it. */
function processRegistry(): Registry {
  if (!processMetrics) {
    processMetrics = new Registry();
    collectDefaultMetrics({ register: processMetrics });
  }
  return processMetrics;
}
