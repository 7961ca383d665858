import type { Broker, BrokerStatus, Subscription } from '@tiffin/broker';
import type { MessageType } from '@tiffin/messages';
import type { BrokerCalls, RemoteSubscription, ServiceThreadCalls } from './broker-protocol';
import type { Rpc } from './rpc-port';

/**
 * The Broker a service thread uses (and `deliver`, for the thread's one RPC connection to answer): every call goes to the one broker on the host's main thread,
 * and deliveries come back to run the handlers here, so the handler's transaction and the ack stay
 * in order exactly as with the broker in-process.
 */
export function createPortBroker(rpc: () => Rpc): { broker: Broker; deliver: ServiceThreadCalls['deliver'] } {
  const handlers = new Map<number, Subscription['handle']>();
  const consumers: string[] = [];
  const underWay = new Set<Promise<void>>();
  let closed = false;

  const deliver: ServiceThreadCalls['deliver'] = async ({ handlerId, message, attempt }) => {
    const handle = handlers.get(handlerId);
    if (!handle || closed) throw new Error('this service thread is stopping; the message will be delivered again');
    const run = handle(message, { attempt });
    underWay.add(run);
    try {
      await run;
    } finally {
      underWay.delete(run);
    }
  };
  const call = <M extends keyof BrokerCalls>(method: M, ...args: Parameters<BrokerCalls[M]>) =>
    rpc().call<Awaited<ReturnType<BrokerCalls[M]>>>(method, args[0]);

  function assertOpen(): void {
    if (closed) throw new Error('broker is closed');
  }

  const broker: Broker = {
    async publish(message) {
      assertOpen();
      await call('publish', message);
    },
    async subscribe<T extends MessageType>(subscription: Subscription<T>) {
      assertOpen();
      const handlerId = handlers.size + 1;
      handlers.set(handlerId, subscription.handle as Subscription['handle']);
      const { consumer, types, maxAttempts, concurrency } = subscription;
      await call('subscribe', { handlerId, consumer, types, maxAttempts, concurrency } satisfies RemoteSubscription);
      consumers.push(consumer);
    },
    async declare(declarations) {
      assertOpen();
      await call('declare', declarations);
    },
    queueDepths: (consumers) => call('queueDepths', consumers),
    // Dead letters live on the host's broker, whichever thread's consumer made them.
    listDeadLetters: (consumer, options = {}) => call('listDeadLetters', { consumer, ...options }),
    inspectDeadLetter: (consumer, id) => call('inspectDeadLetter', { consumer, id }),
    replayDeadLetter: (consumer, id) => call('replayDeadLetter', { consumer, id }),
    discardDeadLetter: (consumer, id) => call('discardDeadLetter', { consumer, id }),
    status(): BrokerStatus {
      return { connected: !closed, consumers: consumers.map((consumer) => ({ consumer, consuming: !closed })) };
    },
    async close() {
      closed = true;
      await Promise.allSettled([...underWay]);
    },
  };
  return { broker, deliver };
}
