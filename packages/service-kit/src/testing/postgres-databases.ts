import pg from 'pg';
import { databaseUrlVar, type ServiceName } from '@tiffin/topology';

/** The PostgreSQL server tests create their databases on, through its maintenance database. */
const adminUrl = process.env.TIFFIN_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function onAdmin(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** A new, empty PostgreSQL database per service, and the TIFFIN_<NAME>_DATABASE_URL variables naming them. */
export async function freshPostgresDatabases(
  services: readonly ServiceName[],
): Promise<{ env: NodeJS.ProcessEnv; drop(): Promise<void> }> {
  const run = `tiffin_test_${crypto.randomUUID().replaceAll('-', '').slice(0, 10)}`;
  const env: NodeJS.ProcessEnv = {};
  const created: string[] = [];
  const drop = async () => {
    for (const database of created) await onAdmin(`drop database if exists ${database} with (force)`);
  };
  try {
    for (const service of services) {
      // A bare identifier: order-history's hyphen would need quoting.
      const database = `${run}_${service.replaceAll('-', '_')}`;
      await onAdmin(`create database ${database}`);
      created.push(database);
      const url = new URL(adminUrl);
      url.pathname = `/${database}`;
      env[databaseUrlVar(service)] = url.toString();
    }
  } catch (error) {
    await drop();
    throw error;
  }
  return { env, drop };
}
