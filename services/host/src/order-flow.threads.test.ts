import { testIdentitySecret } from '@tiffin/http-kit/testing';
import { freshDataDir } from '@tiffin/service-kit/testing';
import { serviceNames } from '@tiffin/topology';
import { startServiceThreads } from './threads/start-service-threads';
import { describeOrderFlow } from './testing/order-flow-suite';

// What `pnpm start` runs: each service on its own thread, the journaled broker on the main thread.
describeOrderFlow(
  'a thread per service, journaled in-process broker, PGlite',
  async () => {
    const data = await freshDataDir(serviceNames);
    const env: NodeJS.ProcessEnv = { ...process.env, TIFFIN_IDENTITY_SECRET: testIdentitySecret, TIFFIN_DATA_DIR: data.dataDir, TIFFIN_LOG_LEVEL: process.env.TIFFIN_LOG_LEVEL ?? 'silent' };
    delete env.TIFFIN_AMQP_URL;
    const running = await startServiceThreads({ env, ports: 'ephemeral' });
    return {
      running,
      async dispose() {
        await running.stop();
        await data.remove();
      },
    };
  },
  { servicesInThisThread: false },
);
