import type { Message } from '@tiffin/contracts';
import type { Db, Tx } from '../database/db-types';
import { inTransaction } from '../database/batched-writes';
import { receivedMessages } from './received-messages-table';

/**
 * Runs `work` at most once per (consumer, message id): the dedup row and the work's writes commit
 * together or not at all, so a redelivered message is skipped and a failed one is done again on retry.
 * A concurrent duplicate waits on the first one's row lock and then skips.
 */
export async function handleOnce<S extends Record<string, unknown>>(
  db: Db<S>,
  consumer: string,
  message: Message,
  work: (tx: Tx<S>) => Promise<void>,
): Promise<void> {
  // The work's held-back writes (its outbox rows, a saga's state) go to the database as one statement.
  await inTransaction(db, async (tx) => {
    const firstTime = await tx
      .insert(receivedMessages)
      .values({ consumer, messageId: message.id })
      .onConflictDoNothing()
      .returning({ messageId: receivedMessages.messageId });
    if (firstTime.length === 0) return;
    await work(tx);
  });
}
