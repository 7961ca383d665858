import { afterAll, beforeAll } from 'vitest';
import type { ServiceDatabase } from '../database/db-types';
import type { notesSchema } from './notes-table';
import { postgresBackend, type TestDatabase } from './test-databases';

/** Two instances of one service, each with its own connection pool, on one fresh PostgreSQL database. */
export function useTwoInstancesOfOneDatabase(): () => ServiceDatabase<typeof notesSchema>[] {
  let target: TestDatabase | undefined;
  let instances: ServiceDatabase<typeof notesSchema>[] = [];
  beforeAll(async () => {
    target = await postgresBackend.create();
    instances = [await target.open(), await target.open()];
  });
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.close()));
    await target?.remove();
  });
  return () => instances;
}
