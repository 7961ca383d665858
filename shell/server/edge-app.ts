import fastifyCookie from '@fastify/cookie';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import path from 'node:path';
import { correlationHeader } from '@tiffin/contracts';
import { publicOrigin, repoRoot } from '@tiffin/topology';
import { authRoutes } from './auth/auth-routes';
import { createBffGate } from './auth/bff-gate';
import { createIdentityClient } from './auth/identity-client';
import { createSessionLookup } from './auth/session-lookup';
import { createSignInLimits, type SignInLimitOptions } from './auth/sign-in-limits';
import { proxyBffs } from './bff-proxy';
import { edgeErrorHandler, refuseClientErrors } from './client-errors';
import { observeEdge } from './edge-telemetry';
import { correlationIdOf, identitySecret } from '@tiffin/http-kit';
import type { Telemetry } from '@tiffin/telemetry';
import { buildSliceManifest } from './manifest';
import { secureShell } from './security-headers';
import { sliceOriginAllowList } from './slice-origins';
import { serveShell } from './static-shell';

export interface EdgeOptions {
  logger: FastifyBaseLogger;
  env?: NodeJS.ProcessEnv;
  /** The built shell; defaults to shell/dist. */
  distDir?: string;
  /** How many failed sign-ins are allowed, and how long they count (tests shorten the window). */
  signInLimits?: SignInLimitOptions;
  /** How long the edge trusts a session lookup before asking the identity service again. */
  sessionCacheMs?: number;
  /** How long a BFF call may take before the edge answers 504 (default 10 s; live streams have none). Tests shorten it. */
  bffTimeoutMs?: number;
  /** The edge's spans and metrics; made from `env` (OTEL_* variables) by default. */
  telemetry?: Telemetry;
}

/** The single origin the browser talks to: the shell, the slice manifest and the BFFs behind it. */
export async function buildEdge(options: EdgeOptions): Promise<FastifyInstance> {
  const env = options.env ?? process.env;
  // Fails start-up on a bad topology or store rather than at the first page load.
  await buildSliceManifest(env);
  const app = Fastify({
    loggerInstance: options.logger,
    genReqId: correlationIdOf,
    logController: new LogController({ requestIdLogLabel: 'correlationId' }),
  });
  observeEdge(app, env, options.telemetry);
  app.addHook('onRequest', async (request, reply) => {
    reply.header(correlationHeader, request.id);
  });
  edgeErrorHandler(app);
  refuseClientErrors(app);

  await app.register(fastifyCookie);

  secureShell(app, sliceOriginAllowList(env));
  app.get('/health', async () => ({ status: 'ok', name: 'edge' }));
  app.get('/manifest.json', async (_request, reply) =>
    reply.header('cache-control', 'no-cache').send(await buildSliceManifest(env)),
  );
  const identity = createIdentityClient(env);
  const sessions = createSessionLookup(identity, { ttlMs: options.sessionCacheMs });
  authRoutes(app, { identity, sessions, limits: createSignInLimits(options.signInLimits), publicOrigin: publicOrigin(env) });
  // Read now, so a bad TIFFIN_IDENTITY_SECRET stops start-up instead of every BFF call.
  await proxyBffs(app, createBffGate({ sessions, identitySecret: identitySecret(env) }), env, { timeoutMs: options.bffTimeoutMs });
  await serveShell(app, options.distDir ?? path.join(repoRoot, 'shell', 'dist'));
  return app;
}
