import { afterAll, beforeAll, beforeEach } from 'vitest';
import { outbox } from '../outbox/outbox-table';
import { receivedMessages } from '../inbox/received-messages-table';
import { sagaInstances } from '../saga/saga-instances-table';
import type { Db } from '../database/db-types';
import { notes, type notesSchema } from './notes-table';
import type { TestBackend, TestDatabase } from './test-databases';

export interface OpenTestDatabase {
  target: TestDatabase;
  db: Db<typeof notesSchema>;
}

/**
 * One database per test file and backend (creating a PGlite directory costs seconds), emptied
 * before each test so tests do not see each other's rows.
 */
export function useTestDatabase(backend: TestBackend): () => OpenTestDatabase {
  let opened: (OpenTestDatabase & { close(): Promise<void> }) | undefined;
  beforeAll(async () => {
    const target = await backend.create();
    const { db, close } = await target.open();
    opened = { target, db, close };
  });
  afterAll(async () => {
    await opened?.close();
    await opened?.target.remove();
  });
  beforeEach(async () => {
    const { db } = current();
    await db.delete(outbox);
    await db.delete(receivedMessages);
    await db.delete(notes);
    await db.delete(sagaInstances);
  });
  function current(): OpenTestDatabase {
    if (!opened) throw new Error('test database is not open yet');
    return opened;
  }
  return current;
}
