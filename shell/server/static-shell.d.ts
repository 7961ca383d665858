import type { FastifyInstance } from 'fastify';
/** Serves the built shell, answering every client-side route with index.html. */
export declare function serveShell(app: FastifyInstance, distDir: string): Promise<void>;
