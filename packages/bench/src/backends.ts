import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import amqp from 'amqplib';
import pg from 'pg';
import { deleteExchangeAndQueues } from '@tiffin/broker';
import { consumerQueueDeclarations } from '@tiffin/messages';
import { databaseUrlVar, serviceNames, topology } from '@tiffin/topology';
import { benchIdentitySecret } from './bench-identity';
import { startNode, waitForOk, type BenchProcess } from './processes';

export interface Backend {
  name: string;
  processes: BenchProcess[];
  /** The back end uses the machine's PostgreSQL and RabbitMQ, whose CPU counts too. */
  sharedServers?: boolean;
  stop(): Promise<void>;
}

const bffs = ['order', 'catalog'] as const;

async function startBffs(env: NodeJS.ProcessEnv): Promise<BenchProcess[]> {
  const started = bffs.map((name) =>
    startNode(`${name}-bff`, `bff/${name}/src/server.ts`, { ...env, TIFFIN_IDENTITY_SECRET: benchIdentitySecret }),
  );
  await Promise.all(bffs.map((name) => waitForOk(`http://127.0.0.1:${topology.bffs[name].port}/health`)));
  return started;
}

async function servicesHealthy(): Promise<void> {
  await Promise.all(serviceNames.map((name) => waitForOk(`http://127.0.0.1:${topology.services[name].port}/health`)));
}

/** What `pnpm start` runs: PGlite databases and the journaled in-process broker, in a fresh data directory. */
export async function startEmbeddedBackend(): Promise<Backend> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'tiffin-bench-'));
  const env = { TIFFIN_DATA_DIR: dataDir, TIFFIN_AMQP_URL: undefined };
  const host = startNode('services', 'services/host/src/server.ts', env);
  await servicesHealthy();
  const processes = [host, ...(await startBffs(env))];
  return {
    name: 'embedded (PGlite + in-process broker)',
    processes,
    async stop() {
      await Promise.all(processes.map((child) => child.stop()));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Each service in a process of its own on RabbitMQ and PostgreSQL, with databases and an exchange
 * of this run's own, dropped afterwards.
 */
export async function startRabbitMqBackend(options: { amqpUrl: string; databaseUrl: string }): Promise<Backend> {
  const run = crypto.randomUUID().slice(0, 8);
  const exchange = `tiffin-bench.${run}`;
  const admin = new pg.Client({ connectionString: options.databaseUrl });
  await admin.connect();
  const databases = serviceNames.map((name) => ({ name, database: `tiffin_bench_${run}_${name}` }));
  const env: NodeJS.ProcessEnv = { TIFFIN_AMQP_URL: options.amqpUrl, TIFFIN_AMQP_EXCHANGE: exchange };
  for (const { name, database } of databases) {
    await admin.query(`create database "${database}"`);
    const url = new URL(options.databaseUrl);
    url.pathname = `/${database}`;
    env[databaseUrlVar(name)] = url.toString();
  }
  const services = serviceNames.map((name) => startNode(`${name}-service`, `services/${name}/src/server.ts`, env));
  await servicesHealthy();
  const processes = [...services, ...(await startBffs(env))];
  return {
    name: 'RabbitMQ + PostgreSQL (a process per service)',
    processes,
    sharedServers: true,
    async stop() {
      await Promise.all(processes.map((child) => child.stop()));
      for (const { database } of databases) await admin.query(`drop database if exists "${database}" with (force)`);
      await admin.end();
      await deleteExchange(options.amqpUrl, exchange);
    },
  };
}

async function deleteExchange(amqpUrl: string, exchange: string): Promise<void> {
  const connection = await amqp.connect(amqpUrl);
  try {
    const consumers = consumerQueueDeclarations.map((declaration) => declaration.consumer);
    await deleteExchangeAndQueues(await connection.createChannel(), exchange, consumers);
  } finally {
    await connection.close();
  }
}
