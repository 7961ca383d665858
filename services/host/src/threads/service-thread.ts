import type { AddressInfo } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { createLogger } from '@tiffin/http-kit';
import { loadEnv, topology, type ServiceName } from '@tiffin/topology';
import { urlOf } from '../host';
import { loadServiceFactory } from '../service-factories';
import { createPortBroker } from './port-broker';
import { connectRpc } from './rpc-port';

/** What the host hands a service thread. */
export interface ServiceThreadData {
  name: ServiceName;
  env: NodeJS.ProcessEnv;
  ports: 'topology' | 'ephemeral';
}

/** Posted at each stage of the service's start, then once it listens, or if it could not start. */
export type ServiceThreadReport = { step: string } | { ready: string } | { failed: string };

// One service on a thread of its own: its database, outbox relay, consumers and HTTP server all run
// here, so the services of one host use both cores instead of sharing one event loop.
const { name, env, ports } = workerData as ServiceThreadData;
const port = parentPort!;
const config = loadEnv(env);
const step = (what: string) => port.postMessage({ step: what } satisfies ServiceThreadReport);
step('loading its code');
const createService = await loadServiceFactory(name);
const { broker, deliver } = createPortBroker(() => rpc);
const service = createService({ env, broker, logger: createLogger(name, env) });

const rpc = connectRpc(port, {
  deliver,
  /** First step of stopping: no new requests. */
  closeHttp: () => service.app.close(),
  /** Last step, once the host's broker stopped delivering: handlers under way finish, the database closes. */
  stop: async () => {
    await broker.close();
    await service.stop();
  },
});

try {
  await service.start(step);
  step('starting to listen');
  await service.app.listen({ host: config.TIFFIN_BIND_HOST, port: ports === 'ephemeral' ? 0 : topology.services[name].port });
  port.postMessage({ ready: urlOf(service.app.server.address() as AddressInfo, config.TIFFIN_BIND_HOST) } satisfies ServiceThreadReport);
} catch (error) {
  port.postMessage({ failed: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies ServiceThreadReport);
}
