import type { Broker } from '@tiffin/broker';
import type { Message, MessageType } from '@tiffin/messages';

/** Subscribes a test consumer of its own and keeps every message of `types` the service publishes. */
export async function publishedMessages<T extends MessageType>(broker: Broker, types: readonly T[]): Promise<Message<T>[]> {
  const received: Message<T>[] = [];
  await broker.subscribe({
    consumer: `test.${crypto.randomUUID()}`,
    types,
    handle: async (message) => void received.push(message),
  });
  return received;
}
