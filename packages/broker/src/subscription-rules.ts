import type { Subscription } from './broker';

export const defaultMaxAttempts = 5;

/** Rejects a subscription that could never work, before any queue is declared for it. */
export function checkedMaxAttempts(subscription: Pick<Subscription, 'consumer' | 'types' | 'maxAttempts'>): number {
  const { consumer, types, maxAttempts = defaultMaxAttempts } = subscription;
  if (consumer.trim() === '') throw new Error('subscription.consumer must be a non-empty queue name');
  if (types.length === 0) throw new Error(`subscription.types of "${consumer}" must name at least one message type`);
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new Error(`subscription.maxAttempts of "${consumer}" must be an integer of at least 1`);
  }
  return maxAttempts;
}
