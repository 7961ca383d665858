import type { MetricsSample } from '@tiffin/contracts/ops-telemetry';
import { samplesIn, sampleSum, type Sample } from '@tiffin/telemetry';
import type { PartReading } from '../read-part';

/** Running totals a sample's rates are computed from, kept per part between scrapes. */
export interface Totals {
  atMs: number;
  messages: number | undefined;
  requests: number | undefined;
}

/** A counter's increase per second since the last scrape; null at the first, or after the part restarted (the counter fell). */
function rate(now: number | undefined, before: number | undefined, seconds: number): number | null {
  if (now === undefined || before === undefined || seconds <= 0 || now < before) return null;
  return (now - before) / seconds;
}

/** What the overview charts, read from one scrape of a part's /metrics. */
export function sampleOf(reading: PartReading, atMs: number, previous: Totals | undefined): { sample: MetricsSample; totals: Totals } {
  let parsed: Sample[] = [];
  const up = reading.reached && reading.status === 200;
  if (up) {
    try {
      parsed = samplesIn(reading.text);
    } catch {
      parsed = [];
    }
  }
  const of = (name: string) => sampleSum(parsed, name);
  const totals: Totals = { atMs, messages: of('tiffin_messages_handled_total'), requests: of('http_server_request_duration_seconds_count') };
  const seconds = previous ? (atMs - previous.atMs) / 1000 : 0;
  const connected = of('tiffin_broker_connected');
  const sample: MetricsSample = {
    at: new Date(atMs).toISOString(),
    up,
    brokerConnected: connected === undefined ? null : connected >= 1,
    outboxLagSeconds: of('tiffin_outbox_lag_seconds') ?? null,
    waitingMessages: of('tiffin_consumer_messages_waiting') ?? null,
    deadLetters: of('tiffin_dead_letters') ?? null,
    messagesPerSecond: rate(totals.messages, previous?.messages, seconds),
    requestsPerSecond: rate(totals.requests, previous?.requests, seconds),
  };
  return { sample, totals };
}
