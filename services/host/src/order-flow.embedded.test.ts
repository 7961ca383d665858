import { freshDataDir } from '@tiffin/service-kit/testing';
import { startServices } from './host';
import { describeOrderFlow } from './testing/order-flow-suite';

describeOrderFlow('in-process broker, PGlite', async () => {
  const data = await freshDataDir(['catalog', 'order', 'delivery', 'order-history']);
  const env = { TIFFIN_DATA_DIR: data.dataDir, TIFFIN_LOG_LEVEL: process.env.TIFFIN_LOG_LEVEL ?? 'silent' };
  const running = await startServices({ env, ports: 'ephemeral', outboxPollMs: 50 });
  return {
    running,
    async dispose() {
      await running.stop();
      await data.remove();
    },
  };
});
