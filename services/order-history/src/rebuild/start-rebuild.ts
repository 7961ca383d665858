import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createMessage, eventLogOwnersOf } from '@tiffin/messages';
import { enqueue } from '@tiffin/service-kit';
import { rebuildOwners, rebuilds } from '../db/schema';
import { orderHistorySource, type OrderHistoryContext } from '../context';
import { projectedTypes } from '../projection/projected-events';

/**
 * Drops the view and asks every owner of the events it is made of to replay its log, in one
 * transaction: the view is emptied if and only if the request goes out. Live events keep coming
 * meanwhile and are applied as usual; an event that arrives both ways is taken once.
 */
export async function startRebuild(context: OrderHistoryContext, correlationId?: string): Promise<string> {
  const rebuildId = randomUUID();
  const owners = eventLogOwnersOf(projectedTypes);
  await context.db.transaction(async (tx) => {
    await tx.execute(sql`truncate table history_events, order_history`);
    await tx.insert(rebuilds).values({ id: rebuildId });
    await tx.insert(rebuildOwners).values(owners.map((owner) => ({ rebuildId, owner })));
    await enqueue(
      tx,
      createMessage('ReplayEvents', orderHistorySource, { rebuildId, requester: orderHistorySource, types: [...projectedTypes] }, correlationId),
    );
  });
  context.outboxWritten();
  context.logger.info({ rebuildId, owners }, 'order history: view dropped, replay asked for');
  return rebuildId;
}

/**
 * On the first start of an empty view, the events published before its queue existed (an
 * installation that ran without order-history) are only in the owners' logs: fetch them.
 */
export async function catchUpOnFirstStart(context: OrderHistoryContext): Promise<void> {
  const [earlier] = await context.db.select({ id: rebuilds.id }).from(rebuilds).limit(1);
  if (!earlier) await startRebuild(context);
}
