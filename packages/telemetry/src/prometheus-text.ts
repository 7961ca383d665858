import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { z } from 'zod';

const labels = z.record(z.string(), z.string()).optional();
/** prom2json's shape: a plain sample has a value; a histogram's or summary's carries buckets or quantiles. */
const familySample = z.union([
  z.object({ value: z.string(), labels }),
  z.object({ count: z.string().optional(), sum: z.string().optional(), labels, buckets: z.record(z.string(), z.string()).optional(), quantiles: z.record(z.string(), z.string()).optional() }),
]);
const families = z.array(z.object({ name: z.string(), help: z.string(), type: z.string(), metrics: z.array(familySample) }));
const untyped = z.array(z.object({ name: z.string(), metrics: z.array(z.object({ value: z.string(), labels })) }));

export type MetricFamily = z.infer<typeof families>[number];

/** One sample line: `name{labels} value`. */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/**
 * Prometheus text exposition read back into metric families, with parse-prometheus-text-format (a
 * parser of the format, not of prom-client's output only), so a scrape Prometheus could not read
 * fails here too.
 */
export function parsePrometheusText(text: string): MetricFamily[] {
  return families.parse(parsePrometheusTextFormat(text));
}

/**
 * Every sample line of an exposition, histograms' `_count`, `_sum` and `_bucket` lines included
 * with their labels. The parser folds a histogram's label sets into one (prom2json's shape for an
 * unlabelled histogram), so samples are read with the TYPE lines left out: each line then belongs
 * to an untyped family of its own name and keeps its labels.
 */
export function samplesIn(text: string): Sample[] {
  const withoutTypes = text
    .split('\n')
    .filter((line) => !line.startsWith('# TYPE '))
    .join('\n');
  return untyped.parse(parsePrometheusTextFormat(withoutTypes)).flatMap((family) =>
    family.metrics.map((metric) => ({ name: family.name, labels: metric.labels ?? {}, value: Number(metric.value) })),
  );
}

/** The sum of the samples named `name` whose labels include `where`; undefined when there are none. */
export function sampleSum(samples: readonly Sample[], name: string, where: Record<string, string> = {}): number | undefined {
  let sum: number | undefined;
  for (const sample of samples) {
    if (sample.name !== name || !Object.entries(where).every(([key, value]) => sample.labels[key] === value)) continue;
    sum = (sum ?? 0) + sample.value;
  }
  return sum;
}
