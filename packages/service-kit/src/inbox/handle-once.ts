import { and, eq } from 'drizzle-orm';
import type { Message } from '@tiffin/messages';
import type { Db, Tx } from '../database/db-types';
import { inTransaction, writeAtomically, writeLater } from '../database/batched-writes';
import { isUniqueViolation } from '../database/unique-violation';
import { HandlingGroup, type Batch } from './handling-group';
import { receivedMessages } from './received-messages-table';

/** Named by the kit's first migration. */
const handledOncePerConsumer = 'received_messages_consumer_message_id_pk';

/**
 * Makes `work` take effect at most once per (consumer, message id): the dedup row and the work's writes
 * commit together or not at all, so a redelivered message changes nothing and a failed one is done again
 * on retry.
 *
 * The dedup row is held back and goes with the work's other held-back writes, in the statement just
 * before commit (a round trip saved per message). So the work runs for a redelivery too, and its writes
 * are then rolled back when the row is refused: work must keep its effects inside the transaction, as it
 * already must for retries to be safe. A concurrent duplicate waits on the first one's row locks.
 *
 * Messages of one consumer that arrive while the previous ones are being written share a transaction
 * (`HandlingGroup`: group commit), each with the outcome it would have had alone.
 */
export async function handleOnce<S extends Record<string, unknown>>(
  db: Db<S>,
  consumer: string,
  message: Message,
  work: (tx: Tx<S>) => Promise<void>,
): Promise<void> {
  await groupOf(inTransaction, db, consumer).handle(message, work);
}

/**
 * `handleOnce` for work that only writes (`writeLater`, `enqueue`), having read what it needs before:
 * the writes and the dedup row go as one statement, with no transaction around it. A reply computed
 * from a read made just before is as good as one made inside a transaction when nothing is locked.
 * Messages arriving together are written in one statement (`HandlingGroup`).
 */
export async function handleOnceInOneStatement<S extends Record<string, unknown>>(
  db: Db<S>,
  consumer: string,
  message: Message,
  work: (tx: Tx<S>) => Promise<void>,
): Promise<void> {
  await groupOf(writeAtomically, db, consumer).handle(message, work);
}

/** One group per database, consumer and kind of batch, made on first use. */
const groups = new WeakMap<object, Map<string, unknown>>();

function groupOf<S extends Record<string, unknown>>(batch: Batch<S>, db: Db<S>, consumer: string): HandlingGroup<S> {
  let ofDb = groups.get(db);
  if (!ofDb) groups.set(db, (ofDb = new Map()));
  const key = `${batch === writeAtomically ? 'statement' : 'transaction'}:${consumer}`;
  let group = ofDb.get(key) as HandlingGroup<S> | undefined;
  if (!group) {
    group = new HandlingGroup<S>(
      db,
      batch,
      (tx, message) => writeDedupRow(tx, consumer, message),
      (message, work) => handleOnceIn(batch, db, consumer, message, work),
    );
    ofDb.set(key, group);
  }
  return group;
}

/** Runs the work and the dedup row in `batch`; a message handled before ends quietly, whatever refused it. */
async function handleOnceIn<S extends Record<string, unknown>>(
  batch: (db: Db<S>, run: (tx: Tx<S>) => Promise<void>) => Promise<void>,
  db: Db<S>,
  consumer: string,
  message: Message,
  work: (tx: Tx<S>) => Promise<void>,
): Promise<void> {
  try {
    await batch(db, async (tx) => {
      await work(tx);
      await writeDedupRow(tx, consumer, message);
    });
  } catch (error) {
    // Handled before: refused by the dedup row, or the work itself failed on what the first time wrote.
    if (isUniqueViolation(error, handledOncePerConsumer) || (await handledBefore(db, consumer, message.id))) return;
    throw error;
  }
}

/** The row that says `consumer` handled `message`: held back, so it goes with the work's other writes. */
function writeDedupRow<S extends Record<string, unknown>>(tx: Tx<S>, consumer: string, message: Message): Promise<void> {
  return writeLater(tx, tx.insert(receivedMessages).values({ consumer, messageId: message.id }));
}

/** Whether `consumer` has handled the message: its dedup row is there (tests wait on it for a marker message). */
export async function handledBefore<S extends Record<string, unknown>>(db: Db<S>, consumer: string, messageId: string): Promise<boolean> {
  const [row] = await db
    .select({ messageId: receivedMessages.messageId })
    .from(receivedMessages)
    .where(and(eq(receivedMessages.consumer, consumer), eq(receivedMessages.messageId, messageId)));
  return row !== undefined;
}
