import type { MetricsHistory, MetricsSample } from '@tiffin/contracts/ops-telemetry';
import type { ObservedPart } from '../observed-parts';
import { readPart } from '../read-part';
import { sampleOf, type Totals } from './metrics-sample';

export interface MetricsSamplerOptions {
  parts: readonly ObservedPart[];
  /** The metrics token every part's /metrics admits (metricsToken). */
  token: () => string;
  /** Between scrapes. Default 15 s: 60 points in the window, enough for a sparkline, cheap for every part. */
  intervalMs?: number;
  /** How far back the overview looks. Default 15 minutes. */
  windowMs?: number;
}

export interface MetricsSampler {
  /** Scrapes every part once now (the first scrape, and tests). */
  sample(): Promise<void>;
  history(): MetricsHistory;
  stop(): void;
}

const scrapeTimeoutMs = 2_000;

/**
 * Scrapes every part's /metrics every `intervalMs` and keeps what the overview charts for the last
 * `windowMs`, in memory: what an operator sees at a glance, not a Prometheus (which keeps history
 * properly, see the README). One scrape at a time; a slow part delays the next, never piles up.
 */
export function startMetricsSampler(options: MetricsSamplerOptions): MetricsSampler {
  const intervalMs = options.intervalMs ?? 15_000;
  const windowMs = options.windowMs ?? 15 * 60_000;
  const samples = new Map<string, MetricsSample[]>(options.parts.map((part) => [part.name, []]));
  const totals = new Map<string, Totals>();
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  async function sample(): Promise<void> {
    const headers = { authorization: `Bearer ${options.token()}` };
    await Promise.all(
      options.parts.map(async (part) => {
        const reading = await readPart(`${part.url}/metrics`, headers, scrapeTimeoutMs);
        const at = Date.now();
        const { sample: taken, totals: now } = sampleOf(reading, at, totals.get(part.name));
        totals.set(part.name, now);
        const kept = samples.get(part.name)!;
        kept.push(taken);
        while (kept.length > 0 && Date.parse(kept[0]!.at) < at - windowMs) kept.shift();
      }),
    );
  }

  const next = () => {
    if (stopped) return;
    timer = setTimeout(() => void sample().finally(next), intervalMs);
  };
  void sample().finally(next);

  return {
    sample,
    history: () => ({
      intervalSeconds: intervalMs / 1000,
      windowMinutes: windowMs / 60_000,
      parts: options.parts.map((part) => ({ name: part.name, kind: part.kind, samples: [...samples.get(part.name)!] })),
    }),
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
