import type { Message } from '@tiffin/messages';
import { withFailure, withSuccess, type CommandReply } from '@tiffin/saga-kit';
import type { ConsumerDb } from '../context';
import { findConsumerAndCard } from '../accounts/consumer-reads';
import { checkConsumer } from './check-consumer';

/** Answers ValidateConsumer from the account as it is now, giving the card network's token for the card. */
export async function validateConsumer(db: ConsumerDb, command: Message<'ValidateConsumer'>): Promise<CommandReply> {
  const { orderId, consumerId, cardId } = command.payload;
  const verdict = checkConsumer({ consumerId }, await findConsumerAndCard(db, consumerId, cardId), new Date());
  return verdict.ok
    ? withSuccess('ConsumerValidated', { orderId, paymentToken: verdict.paymentToken })
    : withFailure('ConsumerRejected', { orderId, reason: verdict.reason });
}
