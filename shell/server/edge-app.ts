import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import path from 'node:path';
import { correlationHeader } from '@tiffin/contracts';
import { repoRoot } from '@tiffin/topology';
import { proxyBffs } from './bff-proxy';
import { edgeErrorHandler, refuseClientErrors } from './client-errors';
import { correlationIdOf } from '@tiffin/http-kit';
import { buildSliceManifest } from './manifest';
import { secureShell } from './security-headers';
import { sliceOriginAllowList } from './slice-origins';
import { serveShell } from './static-shell';

export interface EdgeOptions {
  logger: FastifyBaseLogger;
  env?: NodeJS.ProcessEnv;
  /** The built shell; defaults to shell/dist. */
  distDir?: string;
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
  app.addHook('onRequest', async (request, reply) => {
    reply.header(correlationHeader, request.id);
  });
  edgeErrorHandler(app);
  refuseClientErrors(app);

  secureShell(app, sliceOriginAllowList(env));
  app.get('/health', async () => ({ status: 'ok', name: 'edge' }));
  app.get('/manifest.json', async (_request, reply) =>
    reply.header('cache-control', 'no-cache').send(await buildSliceManifest(env)),
  );
  await proxyBffs(app, env);
  await serveShell(app, options.distDir ?? path.join(repoRoot, 'shell', 'dist'));
  return app;
}
