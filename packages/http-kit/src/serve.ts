import type { FastifyInstance } from 'fastify';
import { loadEnv } from '@tiffin/topology';

/**
 * What every server.ts does after building its app: listen (on `TIFFIN_PORT` when it is one instance
 * behind a load balancer), and on SIGINT/SIGTERM finish the requests under way and exit 0, so the
 * runner's clean stop is really clean.
 */
export async function serveUntilSignalled(
  app: FastifyInstance,
  address: { port: number; host: string },
): Promise<void> {
  const stop = (signal: NodeJS.Signals) => {
    app.log.info({ signal }, 'stopping');
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'stopped uncleanly');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ ...address, port: loadEnv().TIFFIN_PORT ?? address.port });
}
