import { MessageChannel } from 'node:worker_threads';
import { createEmbeddedBroker } from '@tiffin/broker';
import { describeBrokerConformance } from '@tiffin/broker/conformance';
import { createPortBroker } from './port-broker';
import { connectRpc, type Rpc } from './rpc-port';
import { serveBroker } from './serve-broker';

// A service thread's broker must behave like the broker itself: the same conformance suite, across
// a real message channel (the one kind of port a worker thread talks through).
describeBrokerConformance('embedded, used through a thread port', async ({ logger, retryDelayMs }) => {
  const broker = createEmbeddedBroker({ logger, retryDelayMs });
  const channel = new MessageChannel();
  serveBroker(broker, channel.port1);
  const { broker: portBroker, deliver } = createPortBroker(() => rpc);
  const rpc: Rpc = connectRpc(channel.port2, { deliver });
  return {
    broker: {
      ...portBroker,
      async close() {
        await broker.close();
        await portBroker.close();
      },
    },
    async dispose() {
      channel.port1.close();
    },
  };
});
