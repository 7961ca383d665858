import { sql } from 'drizzle-orm';
import type { Broker } from '@tiffin/broker';
import type { Db } from '../database/db-types';

// A type, not an interface, so that it fits http-kit's Record<string, unknown> report.
export type ReadinessReport = {
  /** "up" when a query answered within the time limit. */
  database: 'up' | 'down' | 'not started';
  broker: 'connected' | 'disconnected';
  /** Each of the service's own subscriptions. */
  consumers: Record<string, 'consuming' | 'not consuming'>;
};

export interface ReadinessSources {
  /** The service's database, or undefined before start and after stop. */
  db(): Pick<Db<Record<string, unknown>>, 'execute'> | undefined;
  broker: Pick<Broker, 'status'>;
  /** The consumer names this service subscribed; the broker may carry other services' too. */
  consumers(): readonly string[];
  /** A database that does not answer within this long counts as down. Default 2000. */
  timeoutMs?: number;
}

/**
 * Whether the service can do its work now: its database answers a real query, the broker is
 * connected, and every one of its subscriptions is being delivered to. A load balancer or supervisor
 * stops sending traffic to a service that is not ready, and operators read the report to see why.
 */
export async function checkReadiness(sources: ReadinessSources): Promise<{ ready: boolean; report: ReadinessReport }> {
  const status = sources.broker.status();
  const consuming = new Set(status.consumers.filter((consumer) => consumer.consuming).map((consumer) => consumer.consumer));
  const consumers = Object.fromEntries(
    sources.consumers().map((name) => [name, consuming.has(name) ? 'consuming' : 'not consuming'] as const),
  );
  const report: ReadinessReport = {
    database: await databaseState(sources.db(), sources.timeoutMs ?? 2000),
    broker: status.connected ? 'connected' : 'disconnected',
    consumers,
  };
  const ready =
    report.database === 'up' && report.broker === 'connected' && Object.values(consumers).every((state) => state === 'consuming');
  return { ready, report };
}

async function databaseState(db: Pick<Db<Record<string, unknown>>, 'execute'> | undefined, timeoutMs: number): Promise<ReadinessReport['database']> {
  if (!db) return 'not started';
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'down'>((resolve) => (timer = setTimeout(() => resolve('down'), timeoutMs)));
  const answered = db.execute(sql`select 1`).then(
    () => 'up' as const,
    () => 'down' as const,
  );
  try {
    return await Promise.race([answered, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
