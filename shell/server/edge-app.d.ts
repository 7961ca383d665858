import { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { type SignInLimitOptions } from './auth/sign-in-limits';
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
}
/** The single origin the browser talks to: the shell, the slice manifest and the BFFs behind it. */
export declare function buildEdge(options: EdgeOptions): Promise<FastifyInstance>;
