import type { Broker } from '@tiffin/broker';
import type { BrokerCalls, ServiceThreadCalls } from './broker-protocol';
import { connectRpc, type PortLike, type Rpc } from './rpc-port';

/**
 * Answers one service thread's broker calls with the host's broker. A subscription's handler here
 * hands each message to the thread and settles as the thread's handler did, so the broker acks,
 * retries and dead-letters exactly as if the handler ran on this thread.
 */
export function serveBroker(broker: Broker, port: PortLike): Rpc {
  const handlers: BrokerCalls = {
    publish: (message) => broker.publish(message),
    declare: (declarations) => broker.declare(declarations),
    queueDepths: (consumers) => broker.queueDepths(consumers),
    listDeadLetters: ({ consumer, limit }) => broker.listDeadLetters(consumer, limit === undefined ? {} : { limit }),
    inspectDeadLetter: ({ consumer, id }) => broker.inspectDeadLetter(consumer, id),
    replayDeadLetter: ({ consumer, id }) => broker.replayDeadLetter(consumer, id),
    discardDeadLetter: ({ consumer, id }) => broker.discardDeadLetter(consumer, id),
    subscribe: ({ handlerId, consumer, types, maxAttempts, concurrency }) =>
      broker.subscribe({
        consumer,
        types,
        ...(maxAttempts ? { maxAttempts } : {}),
        ...(concurrency ? { concurrency } : {}),
        handle: (message, delivery) => rpc.call<void>('deliver', { handlerId, message, attempt: delivery?.attempt ?? 1 } satisfies Parameters<ServiceThreadCalls['deliver']>[0]),
      }),
  };
  const rpc = connectRpc(port, handlers);
  return rpc;
}
