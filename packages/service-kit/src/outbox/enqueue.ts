import type { Message } from '@tiffin/contracts';
import type { Tx } from '../database/db-types';
import { outbox } from './outbox-table';

/**
 * Records `message` for publishing in the caller's transaction, so it goes out if and only if the
 * state change it announces commits. Call the relay's wake() after the commit for low latency.
 */
export async function enqueue<S extends Record<string, unknown>>(tx: Tx<S>, message: Message): Promise<void> {
  await tx.insert(outbox).values({ id: message.id, type: message.type, payload: message });
}
