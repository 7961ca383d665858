import type { FastifyInstance } from 'fastify';
/**
 * What the client got wrong is answered here as a 4xx naming it, before anything is proxied, so a
 * BFF never sees it and the client never reads "unavailable" for its own mistake. (Node itself
 * answers "Expect: 100-continue" and refuses any other expectation with 417.)
 */
export declare function refuseClientErrors(app: FastifyInstance): void;
/** Fastify's own 4xx (a malformed URL, a bad header) keep their status and say what was wrong; the rest is ours. */
export declare function edgeErrorHandler(app: FastifyInstance): void;
