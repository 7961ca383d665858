import { metricsHistory, type MetricsHistory } from '@tiffin/contracts/ops-telemetry';
import { metricsToken, type HttpApp } from '@tiffin/http-kit';
import type { ObservedPart } from '../observed-parts';
import { startMetricsSampler, type MetricsSampler, type MetricsSamplerOptions } from './metrics-sampler';

/**
 * GET /overview/metrics: the last 15 minutes of every part's metrics as the sampler kept them. The
 * sampler runs while the BFF does, from when it is ready until it closes.
 */
export function metricsRoutes(parts: readonly ObservedPart[], env: NodeJS.ProcessEnv | undefined, options: Pick<MetricsSamplerOptions, 'intervalMs'> = {}) {
  return (app: HttpApp): void => {
    let sampler: MetricsSampler | undefined;
    let token: string | undefined;
    app.addHook('onReady', async () => {
      sampler = startMetricsSampler({ parts, token: () => (token ??= metricsToken(env)), ...options });
    });
    app.addHook('onClose', async () => sampler?.stop());
    app.get('/overview/metrics', { schema: { response: { 200: metricsHistory } } }, async (): Promise<MetricsHistory> =>
      sampler ? sampler.history() : { intervalSeconds: 0, windowMinutes: 0, parts: [] },
    );
  };
}
