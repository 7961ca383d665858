import { eq, sql } from 'drizzle-orm';
import type { Broker } from '@tiffin/broker';
import type { PartMetrics } from '@tiffin/telemetry';
import type { Db } from '../database/db-types';
import { outbox } from '../outbox/outbox-table';
import { sagaInstances } from '../saga/saga-instances-table';

type Schema = Record<string, unknown>;

export interface ServiceGaugeSources {
  /** The service's database, once started. */
  db: () => Db<Schema> | undefined;
  broker: Broker;
  /** The consumers the service subscribed. */
  consumers: () => readonly string[];
}

/**
 * What a service reports at each scrape, read then and never on the hot path: its outbox lag (the
 * age of its oldest unpublished row, by the partial index the relay uses), its broker connection,
 * what waits in its consumers' queues, and its sagas by state. A part that cannot be read (the
 * database not open yet, RabbitMQ away) is left out of that scrape rather than failing /metrics.
 */
export function serviceGauges(metrics: PartMetrics, sources: ServiceGaugeSources): void {
  const pending = eq(outbox.state, 'pending');
  /** A figure of one value read from the database, once it is open. */
  const fromDatabase = (name: string, help: string, read: (db: Db<Schema>) => Promise<number>) =>
    metrics.scraped({
      name,
      help,
      labelNames: [],
      async collect(set) {
        const db = sources.db();
        if (db) set({}, await read(db));
      },
    });
  fromDatabase('tiffin_outbox_lag_seconds', 'Age of the oldest outbox row not yet published (0 when none waits)', async (db) => {
    const [oldest] = await db.select({ createdAt: outbox.createdAt }).from(outbox).where(pending).orderBy(outbox.seq).limit(1);
    return oldest ? Math.max(0, (Date.now() - oldest.createdAt.getTime()) / 1000) : 0;
  });
  fromDatabase('tiffin_outbox_pending_messages', 'Outbox rows not yet published', async (db) => {
    const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(outbox).where(pending);
    return row?.count ?? 0;
  });
  metrics.scraped({
    name: 'tiffin_broker_connected',
    help: '1 while the broker connection is up',
    labelNames: [],
    collect: (set) => set({}, sources.broker.status().connected ? 1 : 0),
  });
  metrics.scraped({
    name: 'tiffin_consumer_messages_waiting',
    help: 'Messages waiting in a consumer’s queue (its lag), retries included',
    labelNames: ['consumer'],
    async collect(set) {
      for (const depth of await depthsOf(sources)) set({ consumer: depth.consumer }, depth.waiting);
    },
  });
  metrics.scraped({
    name: 'tiffin_dead_letters',
    help: 'Dead letters a consumer holds',
    labelNames: ['consumer'],
    async collect(set) {
      for (const depth of await depthsOf(sources)) set({ consumer: depth.consumer }, depth.deadLetters);
    },
  });
  metrics.scraped({
    name: 'tiffin_sagas',
    help: 'Saga instances the service orchestrates, by type and state',
    labelNames: ['type', 'state'],
    async collect(set) {
      const db = sources.db();
      if (!db) return;
      const rows = await db
        .select({ type: sagaInstances.sagaType, state: sagaInstances.status, count: sql<number>`count(*)::int` })
        .from(sagaInstances)
        .groupBy(sagaInstances.sagaType, sagaInstances.status);
      for (const row of rows) set({ type: row.type, state: row.state }, row.count);
    },
  });
}

async function depthsOf(sources: ServiceGaugeSources) {
  try {
    return await sources.broker.queueDepths(sources.consumers());
  } catch {
    return [];
  }
}
