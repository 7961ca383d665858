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
        handle: (message) => rpc.call<void>('deliver', { handlerId, message } satisfies Parameters<ServiceThreadCalls['deliver']>[0]),
      }),
  };
  const rpc = connectRpc(port, handlers);
  return rpc;
}
