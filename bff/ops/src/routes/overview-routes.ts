import { z } from 'zod';
import { opsOverview, type OpsOverview } from '@tiffin/contracts/ops-bff';
import type { HttpApp, ProbeAnswer, ServiceClient, ServiceClients } from '@tiffin/http-kit';
import { serviceNames } from '@tiffin/topology';

/** What a service's GET /health reports (service-kit's readiness), as far as the overview reads it. */
const healthReport = z.looseObject({
  status: z.string(),
  database: z.string().optional(),
  broker: z.string().optional(),
  consumers: z.record(z.string(), z.string()).optional(),
});

/** Why a service is not ready, in the words of its own report. */
function problemOf(answer: ProbeAnswer): { up: boolean; problem: string | null; brokerConnected: boolean | null } {
  if (!answer.reached) return { up: false, problem: `did not answer: ${answer.problem}`, brokerConnected: null };
  const report = healthReport.safeParse(answer.body);
  const brokerConnected = report.success && report.data.broker ? report.data.broker === 'connected' : null;
  if (answer.status === 200) return { up: true, problem: null, brokerConnected };
  if (!report.success) return { up: false, problem: `answered ${answer.status}`, brokerConnected };
  const { database, broker, consumers } = report.data;
  const idle = Object.entries(consumers ?? {}).filter(([, state]) => state !== 'consuming').map(([consumer]) => consumer);
  const why = [
    database && database !== 'up' ? `database ${database}` : null,
    broker && broker !== 'connected' ? `broker ${broker}` : null,
    idle.length > 0 ? `not consuming ${idle.join(', ')}` : null,
  ].filter(Boolean);
  return { up: false, problem: why.join('; ') || `answered ${answer.status}`, brokerConnected };
}

/** Each part of Tiffin up or down, from its own health report. */
export function overviewRoutes(app: HttpApp, _own: ServiceClient, services: ServiceClients): void {
  app.get('/overview', { schema: { response: { 200: opsOverview } } }, async (request): Promise<OpsOverview> => {
    const parts = await Promise.all(
      serviceNames.map(async (name) => ({
        name,
        kind: 'service' as const,
        ...problemOf(await services.of(name).probe('/health', { correlationId: request.id, timeoutMs: 2_000 })),
      })),
    );
    return { parts, checkedAt: new Date().toISOString() };
  });
}
