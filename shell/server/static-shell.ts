import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Vite puts content-hashed files under assets/: a new build means new names, so they never go stale. */
const hashedAssets = 'public, max-age=31536000, immutable';
/** index.html names the current hashed files, so the browser must check for a new one every time. */
const alwaysRevalidate = 'no-cache';

function isHashedAsset(filePath: string, distDir: string): boolean {
  return path.relative(distDir, filePath).startsWith(`assets${path.sep}`);
}

/** Asset-like paths (with an extension) that are missing stay 404s instead of becoming the page. */
function isPageRoute(url: string): boolean {
  const pathname = url.split('?')[0] ?? '';
  return !path.extname(pathname) && !pathname.startsWith('/bff/');
}

/** Serves the built shell, answering every client-side route with index.html. */
export async function serveShell(app: FastifyInstance, distDir: string): Promise<void> {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`the shell is not built: ${distDir}/index.html is missing (run \`pnpm build\`)`);
  }
  // brotli for browsers that take it, else gzip; a few bytes (the smaller JSON answers) are not worth it.
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'], threshold: 1024 });
  await app.register(fastifyStatic, {
    root: distDir,
    cacheControl: false,
    setHeaders: (res, filePath) => {
      res.setHeader('cache-control', isHashedAsset(filePath, distDir) ? hashedAssets : alwaysRevalidate);
    },
  });

  app.setNotFoundHandler((request, reply) => {
    if ((request.method === 'GET' || request.method === 'HEAD') && isPageRoute(request.url)) {
      return reply.header('cache-control', alwaysRevalidate).sendFile('index.html');
    }
    return reply.status(404).send({
      statusCode: 404,
      error: 'Not Found',
      message: `no route ${request.method} ${request.url.split('?')[0]}`,
      correlationId: request.id,
    });
  });
}
