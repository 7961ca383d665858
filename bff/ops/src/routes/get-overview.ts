import { z } from 'zod';
import { opsOverview } from '@tiffin/contracts/ops-bff';
import type { HttpApp, ServiceClient } from '@tiffin/http-kit';

/** What a service's GET /health says when it is up. */
const serviceUp = z.object({ status: z.literal('ok'), service: z.string() });

export function getOverview(app: HttpApp, order: ServiceClient): void {
  app.get('/overview', { schema: { response: { 200: opsOverview } } }, async (request) => {
    const health = await order.get('/health', serviceUp, { correlationId: request.id });
    return { service: health.service, checkedAt: new Date().toISOString() };
  });
}
