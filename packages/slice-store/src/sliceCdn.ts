import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { SliceName } from '@tiffin/slice-contract';
import { descriptorFile, releaseVersion, remoteEntryPath } from './descriptor';
import { directoryStore } from './directoryStore';

/** Hashed chunks never change under their name; a release folder is never rewritten. */
const immutable = 'public, max-age=31536000, immutable';
/** Names that stay the same across builds must be checked with the server every time. */
const revalidate = 'no-cache';
const stableNames = new Set([path.basename(remoteEntryPath), descriptorFile]);

/**
 * One slice's origin, served like a CDN from the slice store: every release under
 * /releases/<version>/ (old ones stay, so open tabs keep loading their chunks), brotli or gzip when
 * the browser accepts it, and /assets/* as the live release for anyone pointing at the bare origin.
 */
export async function buildSliceCdn(slice: SliceName, storeDir: string, logger: FastifyBaseLogger): Promise<FastifyInstance> {
  const store = directoryStore(storeDir);
  // A slice with nothing deployed yet still gets its origin; releases appear under it as they land.
  await mkdir(store.layout.releasesDir(slice), { recursive: true });
  const app = Fastify({ loggerInstance: logger });
  app.addHook('onSend', async (_request, reply) => {
    // The shell on the edge's origin imports these modules across origins; they are public code.
    reply.header('access-control-allow-origin', '*');
    reply.header('x-content-type-options', 'nosniff');
    // The same URL answers brotli, gzip or plain bytes: caches in between must key on the encoding.
    reply.header('vary', 'accept-encoding');
  });
  app.get('/health', async () => ({ status: 'ok', name: `${slice}-slice` }));

  await app.register(fastifyStatic, {
    root: store.layout.releasesDir(slice),
    prefix: '/releases/',
    preCompressed: true,
    cacheControl: false,
    // Half-assembled releases (".incoming-…") are not releases yet.
    allowedPath: (pathname) => !pathname.split('/').some((segment) => segment.startsWith('.')),
    setHeaders: (res, filePath) => {
      // A precompressed copy carries the name of the file it stands for plus .br or .gz.
      const served = path.basename(filePath).replace(/\.(br|gz)$/, '');
      res.setHeader('cache-control', stableNames.has(served) ? revalidate : immutable);
    },
  });

  app.get<{ Params: { '*': string } }>('/assets/*', async (request, reply) => {
    const live = await store.live(slice);
    if (!live) return reply.status(404).send({ statusCode: 404, error: 'Not Found', message: `${slice} has no live release` });
    const version = releaseVersion.parse(live.version);
    // Which release answers here changes with a deploy, so nothing under the bare origin is immutable.
    return reply
      .header('cache-control', revalidate)
      .sendFile(`assets/${request.params['*']}`, store.layout.releaseDir(slice, version));
  });
  return app;
}
