import { createEmbeddedBroker } from '@tiffin/broker';
import { createLogger } from '@tiffin/http-kit';
import { testIdentitySecret } from '@tiffin/http-kit/testing';
import { freshDataDir } from '@tiffin/service-kit/testing';
import { describeHistoryCatchUp } from './testing/history-catch-up-suite';

describeHistoryCatchUp('in-process broker, PGlite', async () => {
  const data = await freshDataDir(['catalog', 'order', 'delivery', 'order-history']);
  const env = { TIFFIN_IDENTITY_SECRET: testIdentitySecret, TIFFIN_DATA_DIR: data.dataDir, TIFFIN_LOG_LEVEL: process.env.TIFFIN_LOG_LEVEL ?? 'silent' };
  return { env, broker: createEmbeddedBroker({ logger: createLogger('broker', env) }), remove: data.remove };
});
