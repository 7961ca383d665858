import { and, desc, eq, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { sagaInstances, type Db, type SagaStatus } from '@tiffin/service-kit';

type Instance = typeof sagaInstances.$inferSelect;

/** Where the previous page ended: the last saga's creation time (to the microsecond) and id. */
export interface SagaCursor {
  createdAt: string;
  id: string;
}

export interface SagaFilter {
  state?: SagaStatus;
  /** Only sagas of this type ("create-order"). */
  type?: string;
  /** Only sagas created at least this long ago. */
  olderThanSeconds?: number;
  /** Only these sagas (a saga is keyed by what it is about: the order's id). */
  ids?: readonly string[];
  /** Only sagas whose data has these values, e.g. `{ consumerId }` of the create-order saga. */
  dataEquals?: Record<string, string>;
  /** Only running sagas past their step's deadline or with no progress since this moment. */
  stuckSince?: Date;
  limit: number;
  after?: SagaCursor;
}

export interface SagaPage {
  sagas: Instance[];
  /** Pass back as `after` for the next page; undefined on the last one. */
  next?: SagaCursor;
}

/** Exact to the microsecond and independent of the session's time zone, so a cursor never skips or repeats a saga. */
const createdAtText = sql<string>`to_char(${sagaInstances.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * Saga instances newest first, filtered, a page at a time. Pages are cut by (created_at, id), not by
 * offset, so sagas started while an operator pages through do not shift what the next page shows.
 */
export async function listSagas(db: Db<Record<string, unknown>>, filter: SagaFilter, now: Date = new Date()): Promise<SagaPage> {
  const conditions: SQL[] = [];
  if (filter.state) conditions.push(eq(sagaInstances.status, filter.state));
  if (filter.type) conditions.push(eq(sagaInstances.sagaType, filter.type));
  if (filter.olderThanSeconds !== undefined) {
    const bornBy = new Date(now.getTime() - filter.olderThanSeconds * 1000).toISOString();
    conditions.push(lte(sagaInstances.createdAt, sql`${bornBy}::timestamptz`));
  }
  if (filter.ids) conditions.push(inArray(sagaInstances.id, [...filter.ids]));
  for (const [field, value] of Object.entries(filter.dataEquals ?? {})) conditions.push(sql`${sagaInstances.data} ->> ${field} = ${value}`);
  if (filter.stuckSince) {
    const stuck = or(lte(sagaInstances.deadlineAt, sql`${now.toISOString()}::timestamptz`), lte(sagaInstances.updatedAt, sql`${filter.stuckSince.toISOString()}::timestamptz`));
    conditions.push(eq(sagaInstances.status, 'running'), stuck!);
  }
  if (filter.after) {
    conditions.push(sql`(${sagaInstances.createdAt}, ${sagaInstances.id}) < (${filter.after.createdAt}::timestamptz, ${filter.after.id}::uuid)`);
  }
  // One more than asked tells whether there is a next page.
  const rows = await db
    .select({ saga: sagaInstances, createdAtText })
    .from(sagaInstances)
    .where(and(...conditions))
    .orderBy(desc(sagaInstances.createdAt), desc(sagaInstances.id))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  return {
    sagas: page.map((row) => row.saga),
    ...(rows.length > filter.limit && last ? { next: { createdAt: last.createdAtText, id: last.saga.id } } : {}),
  };
}

export async function findSaga(db: Db<Record<string, unknown>>, id: string): Promise<Instance | undefined> {
  const [row] = await db.select().from(sagaInstances).where(eq(sagaInstances.id, id));
  return row;
}
