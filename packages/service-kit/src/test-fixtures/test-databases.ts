import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { databaseUrlVar } from '@tiffin/topology';
import { openDatabase } from '../database/open-database';
import type { ServiceDatabase } from '../database/db-types';
import { notesSchema } from './notes-table';

const adminUrl = 'postgres://postgres@127.0.0.1:5432/postgres';
const notesMigrations = fileURLToPath(new URL('./migrations', import.meta.url));

/** Where one test's database lives: a fresh PGlite directory or a fresh PostgreSQL database. */
export interface TestDatabase {
  env: NodeJS.ProcessEnv;
  /** Opens it the way a service would, with the notes table as the service's schema. */
  open(): Promise<ServiceDatabase<typeof notesSchema>>;
  /** Deletes the directory or drops the database. */
  remove(): Promise<void>;
}

export interface TestBackend {
  name: 'pglite' | 'postgres';
  create(): Promise<TestDatabase>;
}

function testDatabase(env: NodeJS.ProcessEnv, remove: () => Promise<void>): TestDatabase {
  return {
    env,
    open: () => openDatabase({ service: 'catalog', schema: notesSchema, migrationsFolder: notesMigrations, env }),
    remove,
  };
}

/** A brand-new data directory: openDatabase creates it and PGlite initialises a cluster in it. */
export const freshPgliteBackend: TestBackend = {
  name: 'pglite',
  async create() {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tiffin-service-kit-'));
    return testDatabase({ TIFFIN_DATA_DIR: dataDir }, () => fs.rm(dataDir, { recursive: true, force: true }));
  },
};

/**
 * A copy of an empty, already initialised cluster: initialising one takes PGlite seconds, copying
 * it a fraction of that, and tests of the outbox or the inbox do not need to pay for it each time.
 */
export const pgliteBackend: TestBackend = {
  name: 'pglite',
  async create() {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tiffin-service-kit-'));
    await fs.cp(await emptyClusterTemplate(), path.join(dataDir, 'catalog'), { recursive: true });
    return testDatabase({ TIFFIN_DATA_DIR: dataDir }, () => fs.rm(dataDir, { recursive: true, force: true }));
  },
};

export const postgresBackend: TestBackend = {
  name: 'postgres',
  async create() {
    const name = `tiffin_kit_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    await admin(`create database ${name}`);
    const url = `postgres://postgres@127.0.0.1:5432/${name}`;
    return testDatabase({ [databaseUrlVar('catalog')]: url }, () => admin(`drop database if exists ${name} with (force)`));
  },
};

export const backends = [pgliteBackend, postgresBackend];

/** Kept in the temp directory across runs, one per PGlite build (its resolved path names the version). */
async function emptyClusterTemplate(): Promise<string> {
  const build = createHash('sha256').update(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  const template = path.join(os.tmpdir(), `tiffin-pglite-template-${build.digest('hex').slice(0, 12)}`);
  if (existsSync(path.join(template, 'PG_VERSION'))) return template;
  const draft = await fs.mkdtemp(`${template}-draft-`);
  await (await PGlite.create(draft)).close();
  // Test files run in parallel: whichever renames first provides the template, the others drop theirs.
  await fs.rename(draft, template).catch(() => fs.rm(draft, { recursive: true, force: true }));
  return template;
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
