import { and, desc, eq, sql } from 'drizzle-orm';
import type { RebuildStatus } from '@tiffin/contracts';
import { rebuildOwners, rebuilds } from '../db/schema';
import type { OrderHistoryDb, OrderHistoryTx } from '../context';

/** Only the newest rebuild counts: replays still arriving for an older one are dropped with it. */
export async function isCurrentRebuild(tx: OrderHistoryTx, rebuildId: string): Promise<boolean> {
  const [newest] = await tx.select({ id: rebuilds.id }).from(rebuilds).orderBy(desc(rebuilds.startedAt)).limit(1);
  return newest?.id === rebuildId;
}

const doneOnceApplied = sql`case when ${rebuildOwners.replayed} is not null and ${rebuildOwners.applied} >= ${rebuildOwners.replayed}
  then coalesce(${rebuildOwners.doneAt}, now()) else ${rebuildOwners.doneAt} end`;

/**
 * One replayed event of `owner` applied. Each owner has its own row, so progress is counted without
 * one row every replay handler waits on; the owner is done once applied reaches what it replayed.
 */
export async function countApplied(tx: OrderHistoryTx, rebuildId: string, owner: string): Promise<void> {
  await tx
    .update(rebuildOwners)
    .set({ applied: sql`${rebuildOwners.applied} + 1` })
    .where(and(eq(rebuildOwners.rebuildId, rebuildId), eq(rebuildOwners.owner, owner)));
  await markDone(tx, rebuildId, owner);
}

/** The owner has sent all `replayed` of its events (they may still be on their way to being applied). */
export async function recordReplayed(tx: OrderHistoryTx, rebuildId: string, owner: string, replayed: number): Promise<void> {
  await tx
    .update(rebuildOwners)
    .set({ replayed })
    .where(and(eq(rebuildOwners.rebuildId, rebuildId), eq(rebuildOwners.owner, owner)));
  await markDone(tx, rebuildId, owner);
}

async function markDone(tx: OrderHistoryTx, rebuildId: string, owner: string): Promise<void> {
  await tx
    .update(rebuildOwners)
    .set({ doneAt: doneOnceApplied })
    .where(and(eq(rebuildOwners.rebuildId, rebuildId), eq(rebuildOwners.owner, owner)));
}

export async function findRebuild(db: OrderHistoryDb, rebuildId: string): Promise<RebuildStatus | undefined> {
  const [rebuild] = await db.select().from(rebuilds).where(eq(rebuilds.id, rebuildId));
  if (!rebuild) return undefined;
  const owners = await db.select().from(rebuildOwners).where(eq(rebuildOwners.rebuildId, rebuildId)).orderBy(rebuildOwners.owner);
  const doneTimes = owners.flatMap((owner) => (owner.doneAt ? [owner.doneAt.getTime()] : []));
  const complete = doneTimes.length === owners.length;
  return {
    rebuildId,
    state: complete ? 'complete' : 'replaying',
    startedAt: rebuild.startedAt.toISOString(),
    completedAt: complete ? new Date(Math.max(rebuild.startedAt.getTime(), ...doneTimes)).toISOString() : null,
    owners: owners.map(({ owner, replayed, applied }) => ({ owner, replayed, applied })),
  };
}
