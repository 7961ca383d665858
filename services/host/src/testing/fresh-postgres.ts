import pg from 'pg';
import { databaseUrlVar, serviceNames } from '@tiffin/topology';

const server = 'postgres://postgres@127.0.0.1:5432';

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${server}/postgres` });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A new, empty PostgreSQL database per service, and the TIFFIN_<NAME>_DATABASE_URL variables naming them. */
export async function freshPostgresDatabases(): Promise<{ env: NodeJS.ProcessEnv; drop(): Promise<void> }> {
  const run = `tiffin_host_test_${crypto.randomUUID().replaceAll('-', '').slice(0, 10)}`;
  const env: NodeJS.ProcessEnv = {};
  for (const service of serviceNames) {
    await admin(`create database ${run}_${service}`);
    env[databaseUrlVar(service)] = `${server}/${run}_${service}`;
  }
  return {
    env,
    async drop() {
      for (const service of serviceNames) await admin(`drop database if exists ${run}_${service} with (force)`);
    },
  };
}
