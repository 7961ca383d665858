import { problem } from '@tiffin/contracts';
import { auditList, auditListQuery } from '@tiffin/contracts/audit';
import type { HttpApp, ServiceClient, ServiceClients } from '@tiffin/http-kit';
import { onBehalf } from '../actions/on-behalf';

/** The audit log, newest first: who did what to the installation, when, and how it ended. */
export function auditRoutes(app: HttpApp, _own: ServiceClient, services: ServiceClients): void {
  const audit = services.of('audit');
  app.get('/audit', { schema: { querystring: auditListQuery, response: { 200: auditList, 400: problem } } }, (request) =>
    audit.get('/audit-entries', auditList, { ...onBehalf(request), query: { limit: request.query.limit } }),
  );
}
