import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { defineBff, type HttpApp } from '@tiffin/http-kit';
import { testIdentitySecret } from '@tiffin/http-kit/testing';
import { startBackend } from '@tiffin/system-test';
import { buildEdge, type EdgeOptions } from '../edge-app';

export interface EdgeWithIdentity {
  edgeUrl: string;
  bffUrl: string;
  identityUrl: string;
  /** Builds another edge on the same identity service and BFF, e.g. with other limits or origin. */
  anotherEdge(options?: Partial<EdgeOptions>, env?: NodeJS.ProcessEnv): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The real edge in front of the real identity service (on its own PostgreSQL database) and a BFF
 * made with defineBff, standing in the catalog BFF's place with the routes a test gives it.
 */
export async function startEdgeWithIdentity(bffRoutes: readonly ((app: HttpApp) => void)[]): Promise<EdgeWithIdentity> {
  const logger = pino({ level: 'silent' });
  const backend = await startBackend(['identity']);
  const distDir = await mkdtemp(path.join(tmpdir(), 'tiffin-edge-auth-'));
  await mkdir(path.join(distDir, 'assets'));
  await writeFile(path.join(distDir, 'index.html'), '<!doctype html><title>Tiffin</title>');
  const buildBff = defineBff({ name: 'catalog', routes: bffRoutes });
  const bff = buildBff({ logger, identitySecret: testIdentitySecret });
  const bffUrl = await bff.listen({ port: 0, host: '127.0.0.1' });
  const edges: FastifyInstance[] = [];
  const baseEnv: NodeJS.ProcessEnv = {
    TIFFIN_CATALOG_BFF_URL: bffUrl,
    TIFFIN_IDENTITY_SERVICE_URL: backend.urls.identity,
    TIFFIN_IDENTITY_SECRET: testIdentitySecret,
    TIFFIN_SLICE_STORE_DIR: path.join(distDir, 'slices'),
  };

  async function anotherEdge(options: Partial<EdgeOptions> = {}, env: NodeJS.ProcessEnv = {}): Promise<string> {
    const edge = await buildEdge({ logger, distDir, ...options, env: { ...baseEnv, ...env } });
    edges.push(edge);
    return edge.listen({ port: 0, host: '127.0.0.1' });
  }

  const edgeUrl = await anotherEdge();
  return {
    edgeUrl,
    bffUrl,
    identityUrl: backend.urls.identity,
    anotherEdge,
    async stop() {
      await Promise.all(edges.map((edge) => edge.close()));
      await bff.close();
      await backend.stop();
      await rm(distDir, { recursive: true, force: true });
    },
  };
}
