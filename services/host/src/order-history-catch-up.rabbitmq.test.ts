import { createLogger } from '@tiffin/http-kit';
import { testIdentitySecret } from '@tiffin/http-kit/testing';
import { serviceNames } from '@tiffin/topology';
import { freshPostgresDatabases, isolatedRabbitMq } from '@tiffin/service-kit/testing';
import { describeHistoryCatchUp } from './testing/history-catch-up-suite';

describeHistoryCatchUp('RabbitMQ, PostgreSQL', async () => {
  const databases = await freshPostgresDatabases(serviceNames);
  const env = { ...databases.env, TIFFIN_IDENTITY_SECRET: testIdentitySecret, TIFFIN_LOG_LEVEL: process.env.TIFFIN_LOG_LEVEL ?? 'silent' };
  const rabbit = await isolatedRabbitMq(createLogger('broker', env));
  return {
    env,
    broker: rabbit.broker,
    exchange: rabbit.exchange,
    async remove() {
      await rabbit.remove();
      await databases.drop();
    },
  };
});
