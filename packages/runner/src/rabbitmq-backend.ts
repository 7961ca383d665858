import pg from 'pg';
import { databaseUrlVar, envNameOf, serviceNames, type ServiceName } from '@tiffin/topology';

/** Where the RabbitMQ + PostgreSQL back end finds its servers unless told: this machine's. */
export const rabbitMqDefaults = {
  TIFFIN_AMQP_URL: 'amqp://guest:guest@127.0.0.1:5672',
  TIFFIN_POSTGRES_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
  TIFFIN_DATABASE_PREFIX: 'tiffin',
} as const;

/** `order-history` with prefix `tiffin` → `tiffin_order_history`: each service's own database on the server. */
export const databaseNameOf = (prefix: string, service: ServiceName) => `${prefix}_${envNameOf(service).toLowerCase()}`;

/**
 * The environment every service process of the RabbitMQ + PostgreSQL back end gets: the broker, and
 * for each service its own database on the PostgreSQL server (`TIFFIN_POSTGRES_URL`), created if it
 * is not there yet, unless `TIFFIN_<SERVICE>_DATABASE_URL` already names one. A database that exists
 * is kept as it is: its service migrates it on start, as after any upgrade.
 */
export async function rabbitMqEnv(env: NodeJS.ProcessEnv): Promise<NodeJS.ProcessEnv> {
  const serverUrl = env.TIFFIN_POSTGRES_URL ?? rabbitMqDefaults.TIFFIN_POSTGRES_URL;
  const prefix = env.TIFFIN_DATABASE_PREFIX ?? rabbitMqDefaults.TIFFIN_DATABASE_PREFIX;
  if (!/^[a-z][a-z0-9_]*$/.test(prefix)) throw new Error(`TIFFIN_DATABASE_PREFIX must be lower-case letters, digits and _ (got "${prefix}")`);
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect().catch((error: unknown) => {
    throw new Error(`cannot reach PostgreSQL at ${serverUrl} (TIFFIN_POSTGRES_URL): ${(error as Error).message}`);
  });
  const result: NodeJS.ProcessEnv = { ...env, TIFFIN_AMQP_URL: env.TIFFIN_AMQP_URL ?? rabbitMqDefaults.TIFFIN_AMQP_URL };
  try {
    const existing = new Set((await admin.query<{ datname: string }>('select datname from pg_database')).rows.map((row) => row.datname));
    for (const service of serviceNames) {
      if (env[databaseUrlVar(service)]) continue;
      const database = databaseNameOf(prefix, service);
      if (!existing.has(database)) await admin.query(`create database "${database}"`);
      const url = new URL(serverUrl);
      url.pathname = `/${database}`;
      result[databaseUrlVar(service)] = url.toString();
    }
  } finally {
    await admin.end();
  }
  return result;
}
