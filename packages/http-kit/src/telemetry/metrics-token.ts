import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { installationKey } from '../installation-key';

/**
 * What Prometheus (and the ops BFF's sampler) show to read /metrics without an operator's signed
 * identity, which lasts a minute and only the edge makes: `Authorization: Bearer <token>`. It opens
 * /metrics only. TIFFIN_METRICS_TOKEN when set (at least 32 characters, the same on every part),
 * otherwise a token made once in the data directory, which every part on this machine reads.
 */
export function metricsToken(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.TIFFIN_METRICS_TOKEN;
  if (configured !== undefined) {
    if (configured.length < 32) throw new Error('TIFFIN_METRICS_TOKEN must be at least 32 characters');
    return configured;
  }
  return installationKey(env, 'metrics.key');
}

/** Whether the request carries `token` as its bearer token. */
export function bearsToken(request: FastifyRequest, token: string): boolean {
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice('Bearer '.length));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
