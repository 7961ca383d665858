import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { journeyUse } from './journeyUse';
import { topology } from '@tiffin/topology';
import { rabbitMqRun } from './tests-rabbitmq/support/rabbitMqRun';

const shellUrl = `http://localhost:${topology.edge.port}`;
// Evaluated in every worker too: what the main process chose travels in the environment.
process.env.TIFFIN_E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'tiffin-e2e-rabbitmq-'));
const run = rabbitMqRun();

/**
 * The journeys that need each service in a process of its own, on RabbitMQ and PostgreSQL, as a
 * deployment runs them: an operator finds an order stuck behind a participant stopped for real, and
 * replays dead letters that RabbitMQ holds. `pnpm test:e2e` runs these after the main journeys, whose
 * build they reuse; databases and queues are this run's own, dropped once Tiffin has stopped.
 */
export default defineConfig({
  testDir: './tests-rabbitmq',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report-rabbitmq' }]],
  use: journeyUse,
  webServer: {
    // Tiffin on RabbitMQ and PostgreSQL, this run's databases and queues dropped once it has stopped.
    command: 'node --import tsx tests-rabbitmq/support/tiffinOnRabbitMq.ts',
    url: `${shellUrl}/manifest.json`,
    reuseExistingServer: false,
    timeout: 240_000,
    // Eight services log every retry of a stopped participant: their warnings would drown the report.
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGINT', timeout: 15_000 },
    env: {
      TIFFIN_DATA_DIR: run.dataDir,
      TIFFIN_AMQP_URL: run.amqpUrl,
      TIFFIN_AMQP_EXCHANGE: run.exchange,
      TIFFIN_POSTGRES_URL: run.postgresUrl,
      TIFFIN_DATABASE_PREFIX: run.databasePrefix,
      // An order waiting on a stopped participant is flagged within seconds, long before its deadline.
      TIFFIN_SAGA_STUCK_AFTER_SECONDS: '3',
    },
  },
});
