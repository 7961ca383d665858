import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { startServices, type RunningServices } from '@tiffin/service-host';
import { databaseUrlVar, type ServiceName } from '@tiffin/topology';

const adminUrl = process.env.TIFFIN_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function onAdmin(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/**
 * The real services a BFF calls, started in this process through the service host, each on its own
 * throw-away PostgreSQL database and an ephemeral port, sharing an in-process broker.
 */
export async function startBackend<N extends ServiceName>(services: readonly N[]): Promise<RunningServices<N>> {
  const env: NodeJS.ProcessEnv = { ...process.env, TIFFIN_LOG_LEVEL: 'error' };
  delete env.TIFFIN_AMQP_URL;
  const databases: string[] = [];
  for (const service of services) {
    const database = `tiffin_bff_test_${service}_${randomUUID().slice(0, 8)}`;
    await onAdmin(`CREATE DATABASE "${database}"`);
    databases.push(database);
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    env[databaseUrlVar(service)] = url.toString();
  }
  const running = await startServices({ env, services, ports: 'ephemeral' });
  return {
    ...running,
    stop: async () => {
      await running.stop();
      for (const database of databases) await onAdmin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    },
  };
}
