import { and, asc, gt, inArray } from 'drizzle-orm';
import type { Broker } from '@tiffin/broker';
import { createMessage, parseMessage, type Message } from '@tiffin/messages';
import type { Db } from '../database/db-types';
import type { KitLogger } from '../logger';
import { outbox } from '../outbox/outbox-table';
import { derivedId } from './derived-id';

export interface ReplayEventLogOptions<S extends Record<string, unknown>> {
  db: Db<S>;
  publish: Broker['publish'];
  logger: KitLogger;
  /** The service replaying: the owner of the log. */
  owner: string;
  /** The types this service logs; a request for others is answered with what it has of these. */
  loggedTypes: readonly string[];
  /** Rows read and published per page. */
  pageSize?: number;
}

/**
 * Answers a ReplayEvents command: republishes, oldest first, every logged event of the requested
 * types as a ReplayedEvent addressed to the requester, then an EventReplayFinished with their number.
 *
 * The log is read a page at a time by insertion order and each page is published at once and waited
 * for (confirms pipelined, as the relay does), with no transaction held across the broker. Rows that
 * are still pending are replayed too: they happened; the live copy that follows is absorbed by the
 * view, which takes every event once by its id. The ids of what is published are derived from the
 * rebuild and the event, so a replay interrupted and run again sends the same messages.
 */
export async function replayEventLog<S extends Record<string, unknown>>(
  options: ReplayEventLogOptions<S>,
  command: Message<'ReplayEvents'>,
): Promise<number> {
  const { db, publish, logger, owner, loggedTypes, pageSize = 500 } = options;
  const { rebuildId, requester } = command.payload;
  const types = loggedTypes.filter((type) => command.payload.types.includes(type));
  let replayed = 0;
  let after = 0;
  for (;;) {
    if (types.length === 0) break;
    const page = await db
      .select({ seq: outbox.seq, payload: outbox.payload })
      .from(outbox)
      .where(and(inArray(outbox.type, types), gt(outbox.seq, after)))
      .orderBy(asc(outbox.seq))
      .limit(pageSize);
    if (page.length === 0) break;
    after = page.at(-1)!.seq;
    const events = page.flatMap((row) => {
      try {
        return [parseMessage(row.payload)];
      } catch (error) {
        // Written under an older contract: the view could not apply it either.
        logger.warn({ err: error, messageId: row.payload.id, owner }, 'event log: skipped an event today’s contract refuses');
        return [];
      }
    });
    await Promise.all(
      events.map((event) =>
        publish({
          ...createMessage('ReplayedEvent', owner, { rebuildId, requester, owner, event: { ...event } }, command.correlationId),
          id: derivedId(rebuildId, owner, event.id),
        }),
      ),
    );
    replayed += events.length;
  }
  await publish({
    ...createMessage('EventReplayFinished', owner, { rebuildId, requester, owner, events: replayed }, command.correlationId),
    id: derivedId(rebuildId, owner, 'finished'),
  });
  logger.info({ rebuildId, requester, events: replayed }, 'event log replayed');
  return replayed;
}
