import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { z } from 'zod';

const labels = z.record(z.string(), z.string()).optional();
/** prom2json's shape: a plain sample has a value; a histogram's or summary's carries its count and sum. */
const sample = z.union([
  z.object({ value: z.string(), labels }),
  z.object({ count: z.string(), sum: z.string(), labels, buckets: z.record(z.string(), z.string()).optional(), quantiles: z.record(z.string(), z.string()).optional() }),
]);
const families = z.array(z.object({ name: z.string(), help: z.string(), type: z.string(), metrics: z.array(sample) }));

export type MetricFamily = z.infer<typeof families>[number];

/**
 * Prometheus text exposition read back into families of samples, the way the ops BFF and the tests
 * read a part's /metrics: with parse-prometheus-text-format, a parser of the format (not of
 * prom-client's output only), so a scrape that Prometheus could not read fails here too.
 */
export function parsePrometheusText(text: string): MetricFamily[] {
  return families.parse(parsePrometheusTextFormat(text));
}

/**
 * The sum of a family's samples whose labels include `where` (a histogram's or summary's count),
 * or undefined when the family is absent.
 */
export function sampleSum(parsed: readonly MetricFamily[], name: string, where: Record<string, string> = {}): number | undefined {
  const family = parsed.find((candidate) => candidate.name === name);
  if (!family) return undefined;
  let sum = 0;
  for (const metric of family.metrics) {
    if (!Object.entries(where).every(([key, value]) => metric.labels?.[key] === value)) continue;
    sum += Number('value' in metric ? metric.value : metric.count);
  }
  return sum;
}
