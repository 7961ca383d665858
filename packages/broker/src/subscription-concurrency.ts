import type { Subscription } from './broker';

export const defaultConcurrency = 1;

/** Rejects a concurrency no broker could honour, naming the subscription. */
export function checkedConcurrency(subscription: Pick<Subscription, 'consumer' | 'concurrency'>): number {
  const { consumer, concurrency = defaultConcurrency } = subscription;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new Error(`subscription.concurrency of "${consumer}" must be an integer of at least 1`);
  }
  return concurrency;
}
