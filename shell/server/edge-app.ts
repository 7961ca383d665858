import fastifyCookie from '@fastify/cookie';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import path from 'node:path';
import { correlationHeader } from '@tiffin/contracts';
import { loadEnv, publicOrigin, repoRoot } from '@tiffin/topology';
import { authRoutes } from './auth/auth-routes';
import { createBffGate } from './auth/bff-gate';
import { createIdentityClient } from './auth/identity-client';
import { sessionCookieFor } from './auth/session-cookie';
import { createSessionLookup } from './auth/session-lookup';
import { proxyBffs } from './bff-proxy';
import { createLiveStreams } from './live/live-streams';
import { serveLiveReleases } from './live-releases/live-releases-route';
import { watchLiveSessions } from './live/session-watch';
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
  /** How long the edge trusts a session lookup before asking the identity service again. */
  sessionCacheMs?: number;
  /** How long a BFF call may take before the edge answers 504 (default 10 s; live streams have none once open). Tests shorten it. */
  bffTimeoutMs?: number;
  /** How often the sessions of open live streams are checked with the identity service (default 1 s). */
  liveSessionCheckMs?: number;
  /** The edge's spans and metrics; made from `env` (OTEL_* variables) by default. */
  telemetry?: Telemetry;
}

/** The single origin the browser talks to: the shell, the slice manifest and the BFFs behind it. */
export async function buildEdge(options: EdgeOptions): Promise<FastifyInstance> {
  const env = options.env ?? process.env;
  const config = loadEnv(env);
  // Fails start-up on a bad topology or store rather than at the first page load.
  await buildSliceManifest(env);
  const app = Fastify({
    // Only a configured proxy hop may say who the client is (sign-in limits count by it); by default nobody.
    trustProxy: config.TIFFIN_TRUSTED_PROXIES ?? false,
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

  const origin = publicOrigin(env);
  // Served over https: a deployment, with the stricter headers and cookie (plain-http development keeps today's).
  const deployed = origin.startsWith('https:');
  const cookie = sessionCookieFor(origin);
  secureShell(app, { sliceOrigins: sliceOriginAllowList(env, { deployed }), deployed });
  app.get('/health', async () => ({ status: 'ok', name: 'edge' }));
  app.get('/manifest.json', async (_request, reply) =>
    reply.header('cache-control', 'no-cache').send(await buildSliceManifest(env)),
  );
  serveLiveReleases(app, { env, maxStreams: config.TIFFIN_LIVE_STREAMS_PER_EDGE });
  const identity = createIdentityClient(env);
  const sessions = createSessionLookup(identity, { ttlMs: options.sessionCacheMs });
  const liveStreams = createLiveStreams({ perSession: config.TIFFIN_LIVE_STREAMS_PER_SESSION, perEdge: config.TIFFIN_LIVE_STREAMS_PER_EDGE });
  const sessionWatch = watchLiveSessions({ streams: liveStreams, identity, sessions, logger: app.log, checkMs: options.liveSessionCheckMs ?? 1_000 });
  // Before the server waits for open responses to end: a live stream ends only when told to.
  app.addHook('preClose', async () => {
    sessionWatch.stop();
    liveStreams.endAll();
  });
  authRoutes(app, { identity, sessions, publicOrigin: origin, cookie, liveStreams });
  // Read now, so a bad TIFFIN_IDENTITY_SECRET stops start-up instead of every BFF call.
  const gate = createBffGate({ sessions, identitySecret: identitySecret(env), cookie });
  await proxyBffs(app, gate, env, { timeoutMs: options.bffTimeoutMs, liveStreams });
  await serveShell(app, options.distDir ?? path.join(repoRoot, 'shell', 'dist'));
  return app;
}
