import { createEmbeddedBroker } from '@tiffin/broker';
import { createLogger } from '@tiffin/http-kit';
import { testIdentitySecret } from '@tiffin/http-kit/testing';
import type { ServiceName } from '@tiffin/topology';
import { externalBackendsTested, freshDataDir, freshPostgresDatabases } from '@tiffin/service-kit/testing';
import { startServices, type RunningServices } from '@tiffin/service-host';

/**
 * The real services a BFF calls, started in this process through the host, each on its own
 * throw-away PostgreSQL database (PGlite when only the embedded back ends are tested) and an
 * ephemeral port, sharing an in-process broker.
 */
export async function startBackend<N extends ServiceName>(services: readonly N[]): Promise<RunningServices<N>> {
  const databases = externalBackendsTested ? await freshPostgresDatabases(services) : await embeddedDatabases(services);
  // Operators are signed with the test secret (asOperator), as BFFs under test are built with it.
  const env: NodeJS.ProcessEnv = { ...process.env, TIFFIN_IDENTITY_SECRET: testIdentitySecret, TIFFIN_LOG_LEVEL: 'error', ...databases.env };
  delete env.TIFFIN_AMQP_URL;
  // Its own in-memory broker: a journal under the default data dir would be shared by every BFF's tests.
  const broker = createEmbeddedBroker({ logger: createLogger('broker', env) });
  const running = await startServices({ env, services, broker, ports: 'ephemeral' }).catch(async (error: unknown) => {
    await databases.drop();
    throw error;
  });
  return {
    ...running,
    stop: async () => {
      await running.stop();
      await databases.drop();
    },
  };
}

async function embeddedDatabases(services: readonly ServiceName[]): Promise<{ env: NodeJS.ProcessEnv; drop(): Promise<void> }> {
  const data = await freshDataDir(services);
  return { env: { TIFFIN_DATA_DIR: data.dataDir }, drop: data.remove };
}
