import type { FastifyRequest } from 'fastify';
import type { HttpApp } from './app';
import { ProblemError } from './errors';
import { authenticate } from './identity';
import { trackOperatorRoutes } from './route-table';

/**
 * Routes only an operator may call, registered inside one encapsulated scope (after fastify/demo's
 * autohooks) rather than checked route by route: every route in it asks, before anything else is
 * parsed, for an identity the edge signed (401 without one) that is an operator's (403 for anyone
 * else). The services' repair routes (sagas, dead letters, rebuilds) live in one, so none is open to
 * whoever reaches a service's port; the ops BFF passes on the operator's signed identity.
 */
export function operatorScope(
  app: HttpApp,
  secret: () => string,
  register: (scope: HttpApp) => void,
  options: { alsoAdmits?: (request: FastifyRequest) => boolean } = {},
): void {
  void app.register(async (scope: HttpApp) => {
    trackOperatorRoutes(app, scope);
    scope.addHook('onRequest', async (request) => {
      // A machine's credential for what it reads (Prometheus and the metrics token), never an operator's actions.
      if (options.alsoAdmits?.(request)) return;
      const who = authenticate(request, secret());
      if (who.role !== 'operator') throw new ProblemError(403, 'only operators may do this');
    });
    register(scope);
  });
}
