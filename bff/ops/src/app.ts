import { defineBff, type BffOptions, type HttpApp } from '@tiffin/http-kit';
import { auditRoutes } from './routes/audit-routes';
import { deadLetterRoutes } from './routes/dead-letter-routes';
import { overviewRoutes } from './routes/overview-routes';
import { sagaRoutes } from './routes/saga-routes';

export type OpsBffOptions = BffOptions;

/** The operations slice's backend: every saga and dead letter of the installation, the repairs, the audit log. */
export const buildApp: (options?: OpsBffOptions) => HttpApp = defineBff({
  name: 'ops',
  description: 'Operators watch and repair Tiffin: sagas, dead letters of every service, health, and the audit log of what they did.',
  roles: ['operator'],
  routes: [overviewRoutes, sagaRoutes, deadLetterRoutes, auditRoutes],
});
