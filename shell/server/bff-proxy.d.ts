import type { FastifyInstance } from 'fastify';
import type { BffGate } from './auth/bff-gate';
/**
 * `/bff/<name>/x` goes to that BFF as `/x`, carrying the correlation id the edge settled on and the
 * caller the gate settled on, never what the browser claimed. A BFF that has not answered within
 * `timeoutMs` (default `bffTimeoutMs`) gets the browser a 504.
 */
export declare function proxyBffs(app: FastifyInstance, gate: BffGate, env?: NodeJS.ProcessEnv, options?: {
    timeoutMs?: number;
}): Promise<void>;
