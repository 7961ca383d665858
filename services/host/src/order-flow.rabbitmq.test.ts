import { createLogger } from '@tiffin/http-kit';
import { testIdentitySecret } from '@tiffin/http-kit/testing';
import { serviceNames } from '@tiffin/topology';
import { freshPostgresDatabases, isolatedRabbitMq } from '@tiffin/service-kit/testing';
import { startServices } from './host';
import { describeOrderFlow, type StartTiffin } from './testing/order-flow-suite';
import { describeAccountingSilent, describeParticipantDown } from './testing/participant-down-suite';

const start: StartTiffin = async ({ without = [] } = {}) => {
  const databases = await freshPostgresDatabases(serviceNames);
  const env = { ...databases.env, TIFFIN_IDENTITY_SECRET: testIdentitySecret, TIFFIN_LOG_LEVEL: process.env.TIFFIN_LOG_LEVEL ?? 'silent' };
  const rabbit = await isolatedRabbitMq(createLogger('broker', env));
  const running = await startServices({
    env,
    services: serviceNames.filter((name) => !without.includes(name)),
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
};

describeOrderFlow('RabbitMQ, PostgreSQL', start);
describeParticipantDown('RabbitMQ, PostgreSQL', start);
describeAccountingSilent('RabbitMQ, PostgreSQL', start);
