import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../database/open-database';
import type { ServiceDatabase } from '../database/db-types';
import { freshDataDir } from '../testing/pglite-template';
import { freshPostgresDatabases } from '../testing/postgres-databases';
import { testedBackends } from '../testing/tested-backends';
import { notesSchema } from './notes-table';

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

/** A copy of an empty, already initialised cluster: tests of the outbox or the inbox need not pay for initialising one. */
export const pgliteBackend: TestBackend = {
  name: 'pglite',
  async create() {
    const data = await freshDataDir(['catalog']);
    return testDatabase({ TIFFIN_DATA_DIR: data.dataDir }, data.remove);
  },
};

export const postgresBackend: TestBackend = {
  name: 'postgres',
  async create() {
    const databases = await freshPostgresDatabases(['catalog']);
    return testDatabase(databases.env, databases.drop);
  },
};

export const backends = testedBackends(pgliteBackend, postgresBackend);
