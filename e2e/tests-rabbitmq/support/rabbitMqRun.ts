import { createHash } from 'node:crypto';

/**
 * This run's RabbitMQ exchange and PostgreSQL databases, named after its data directory (which the
 * config picks once and hands to every worker), so that two runs never share queues or data.
 */
export function rabbitMqRun() {
  const dataDir = process.env.TIFFIN_E2E_DATA_DIR;
  if (!dataDir) throw new Error('TIFFIN_E2E_DATA_DIR is not set: run these journeys through playwright.rabbitmq.config.ts');
  const run = createHash('sha256').update(dataDir).digest('hex').slice(0, 10);
  return {
    dataDir,
    amqpUrl: process.env.TIFFIN_TEST_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672',
    postgresUrl: process.env.TIFFIN_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    exchange: `tiffin-e2e.${run}`,
    databasePrefix: `tiffin_e2e_${run}`,
  };
}
