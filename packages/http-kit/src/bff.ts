import { createTelemetry, type Telemetry } from '@tiffin/telemetry';
import { serviceUrl, topology, type BffName, type ServiceName } from '@tiffin/topology';
import { createHttpApp, type HttpApp } from './app';
import { createLogger, type Logger } from './logger';
import { createServiceClient, type ServiceClient } from './service-client';
import type { Role } from '@tiffin/contracts';
import { ProblemError } from './errors';
import { authenticate, identitySecret } from './identity';
import { openApiPath, serveOpenApi } from './openapi';
import { metricsToken } from './telemetry/metrics-token';
import { metricsPath, telemetryRoutes } from './telemetry/telemetry-routes';

/** Paths a BFF answers without a signed-in caller: probes and tooling, never data (/metrics checks its own callers). */
const publicPaths = new Set(['/health', openApiPath, metricsPath]);

/** What every BFF's buildApp takes. */
export interface BffOptions {
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** How long to wait for the BFF's service per attempt. */
  serviceTimeoutMs?: number;
  /** Checks the edge's signature on the caller's identity; defaults to identitySecret(env). */
  identitySecret?: string;
  /** The BFF's spans and metrics; made from `env` (OTEL_* variables) by default. */
  telemetry?: Telemetry;
}

/** Clients of the further services a BFF reads from, each with its own breaker. */
export interface ServiceClients {
  /** Throws for a service the BFF's topology entry does not list in `calls`, naming it. */
  of(service: ServiceName): ServiceClient;
}

/** What is particular to one BFF; which services it calls is the topology's to say. */
export interface BffDefinition {
  /**
   * Which BFF of the topology this is, e.g. "catalog": its logs, GET /health and OpenAPI title say
   * "catalog-bff", and it calls the services `topology.bffs.catalog.calls` lists (the first is its own
   * service; TIFFIN_<NAME>_SERVICE_URL overrides where one is), reaching the others as `services.of(name)`.
   */
  name: BffName;
  /** What the BFF is for, in a sentence: the description of its OpenAPI document. */
  description?: string;
  /**
   * Who may use the BFF at all, when not everyone signed in may (the ops BFF: operators): anyone
   * else gets 403 before any route runs. Routes still say who may do what within it.
   */
  roles?: readonly Role[];
  /** Each registers its route, calling the BFF's own service through the client it is given. */
  routes: readonly ((app: HttpApp, service: ServiceClient, services: ServiceClients) => void)[];
}

/** A BFF's buildApp: a Tiffin HTTP app whose routes share one client of the BFF's service. */
export function defineBff(definition: BffDefinition): (options?: BffOptions) => HttpApp {
  const name = `${definition.name}-bff`;
  const [service, ...alsoCalls] = topology.bffs[definition.name].calls;
  return (options = {}) => {
    const logger = options.logger ?? createLogger(name, options.env);
    // Every route answers with what the service client already checked against the contract.
    const telemetry = options.telemetry ?? createTelemetry({ part: name, env: options.env });
    const app = createHttpApp({ name, logger, trustedResponses: true, telemetry });
    app.addHook('onClose', () => telemetry.flush());
    const clientOf = (called: ServiceName) =>
      createServiceClient({
        name: called,
        baseUrl: serviceUrl(called, options.env),
        logger,
        ...(options.serviceTimeoutMs ? { timeoutMs: options.serviceTimeoutMs } : {}),
      });
    let secret = options.identitySecret;
    // No route of a BFF serves anyone the edge did not vouch for (identityOf): a missing or bad
    // identity is a 401 before any parsing. Only health and the API description are public.
    app.addHook('onRequest', async (request) => {
      if (publicPaths.has(request.url)) return;
      const who = authenticate(request, (secret ??= identitySecret(options.env)));
      if (definition.roles && !definition.roles.includes(who.role)) throw new ProblemError(403, `the ${definition.name} BFF serves ${definition.roles.map((role) => `${role}s`).join(' and ')} only`);
    });
    let token: string | undefined;
    telemetryRoutes(app, telemetry, { secret: () => (secret ??= identitySecret(options.env)), metricsToken: () => (token ??= metricsToken(options.env)) });
    serveOpenApi(app, { title: name, ...(definition.description ? { description: definition.description } : {}) });
    const client = clientOf(service);
    // One client (and so one breaker) per service: a read model being down never trips the owner's.
    const others = new Map(alsoCalls.map((called): [ServiceName, ServiceClient] => [called, clientOf(called)]));
    const services: ServiceClients = {
      of(called) {
        const found = called === service ? client : others.get(called);
        if (!found) throw new Error(`${name} does not call the ${called} service: add it to topology.bffs.${definition.name}.calls`);
        return found;
      },
    };
    // Added once the OpenAPI plugin has loaded, so it sees every route. Async, so that a route asking
    // for a service the BFF does not call fails ready() and listen() rather than the process.
    app.after(async () => {
      for (const route of definition.routes) route(app, client, services);
    });
    return app;
  };
}
