import { defineBff, type BffOptions, type HttpApp } from '@tiffin/http-kit';
import { metricsRoutes } from './metrics/metrics-routes';
import { observedParts } from './observed-parts';
import { auditRoutes } from './routes/audit-routes';
import { deadLetterRoutes } from './routes/dead-letter-routes';
import { overviewRoutes } from './routes/overview-routes';
import { paymentRoutes } from './routes/payment-routes';
import { sagaRoutes } from './routes/saga-routes';
import { traceRoutes } from './traces/trace-routes';

export type OpsBffOptions = BffOptions & {
  /** Between the overview's scrapes of every part's /metrics (default 15 s). */
  metricsIntervalMs?: number;
};

/** The operations slice's backend: every saga and dead letter of the installation, the repairs (refunds too), the audit log, traces and metrics. */
export const buildApp = (options: OpsBffOptions = {}): HttpApp => {
  // Every part the topology declares, where this BFF's environment says it is.
  const parts = observedParts(options.env);
  return defineBff({
    name: 'ops',
    description: 'Operators watch and repair Tiffin: sagas, dead letters of every service, health, traces and metrics, and the audit log of what they did.',
    roles: ['operator'],
    routes: [overviewRoutes, sagaRoutes, paymentRoutes, deadLetterRoutes, auditRoutes, traceRoutes(parts), metricsRoutes(parts, options.env, { intervalMs: options.metricsIntervalMs })],
  })(options);
};
