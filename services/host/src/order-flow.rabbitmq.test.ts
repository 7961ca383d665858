import { createLogger } from '@tiffin/http-kit';
import { serviceNames } from '@tiffin/topology';
import { freshPostgresDatabases } from '@tiffin/service-kit/testing';
import { startServices } from './host';
import { isolatedRabbitMq } from './testing/isolated-rabbitmq';
import { describeOrderFlow } from './testing/order-flow-suite';

describeOrderFlow('RabbitMQ, PostgreSQL', async () => {
  const databases = await freshPostgresDatabases(serviceNames);
  const env = { ...databases.env, TIFFIN_LOG_LEVEL: process.env.TIFFIN_LOG_LEVEL ?? 'silent' };
  const rabbit = await isolatedRabbitMq(createLogger('broker', env));
  const running = await startServices({
    env,
    broker: rabbit.broker,
    exchange: rabbit.exchange,
    ports: 'ephemeral',
    outboxPollMs: 50,
  });
  return {
    running,
    async dispose() {
      await running.stop();
      await rabbit.remove();
      await databases.drop();
    },
  };
});
