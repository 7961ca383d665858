import type { FastifyInstance } from 'fastify';
import type { BffGate } from './auth/bff-gate';
/**
 * `/bff/<name>/x` goes to that BFF as `/x`, carrying the correlation id the edge settled on and the
 * caller the gate settled on, never what the browser claimed.
 */
export declare function proxyBffs(app: FastifyInstance, gate: BffGate, env?: NodeJS.ProcessEnv): Promise<void>;
