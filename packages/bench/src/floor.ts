import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import amqp from 'amqplib';
import pg from 'pg';
import { cpuOfCommand, cpuOfPid, cpuOfThisProcess, measureCpu, type CpuTarget } from './cpu';
import { floorMessage, floorQueue } from './floor-messages';

/**
 * The floor: what RabbitMQ and PostgreSQL alone cost per order on this machine, with no Tiffin code
 * in the way, measured in the same run as the real pipeline so the two can be read side by side.
 *
 * An order of the create-order saga is 13 messages, each going outbox → broker → inbox. Here each
 * of them gets only the least that any service of this design must do per message:
 *   - one statement, no BEGIN/COMMIT, writing the inbox's dedup row and the next message's outbox
 *     row (the saga's real steps also read, lock and update);
 *   - one persistent publish, confirmed by the broker;
 *   - one delivery, acknowledged after the confirm.
 * Marking outbox rows published, HTTP, validation, JSON schemas and logging are left out. So the
 * floor's orders/s bounds what the real pipeline can reach here: a target above the floor cannot be
 * met by any code with 13 durable messages per order.
 *
 * Hops are served by `workers` processes (hop i by worker i mod workers), as services would be.
 */
export interface FloorOptions {
  amqpUrl: string;
  /** An admin connection; the floor creates a database of its own and drops it afterwards. */
  databaseUrl: string;
  hops: number;
  /** Orders in flight at once, as many as the customers of the step it is read against. */
  inFlight: number;
  durationMs: number;
  workers: number;
}

export interface FloorResult {
  latenciesMs: number[];
  elapsedMs: number;
  /** CPU ms per order, by process. */
  cpuPerOrder: [string, number][];
}

const workerEntry = path.join(path.dirname(fileURLToPath(import.meta.url)), 'floor-worker.ts');

export async function runFloor(options: FloorOptions): Promise<FloorResult> {
  const run = crypto.randomUUID().slice(0, 8);
  const database = `tiffin_floor_${run}`;
  const admin = new pg.Client({ connectionString: options.databaseUrl });
  await admin.connect();
  await admin.query(`create database "${database}"`);
  const url = new URL(options.databaseUrl);
  url.pathname = `/${database}`;
  const connection = await amqp.connect(options.amqpUrl, { noDelay: true });
  const channel = await connection.createConfirmChannel();
  const children: ReturnType<typeof fork>[] = [];
  try {
    const db = new pg.Client({ connectionString: url.toString() });
    await db.connect();
    // The kit's inbox and outbox, as far as the floor's statement touches them.
    await db.query(`create table inbox (consumer text not null, message_id uuid not null, primary key (consumer, message_id));
      create table outbox (seq bigserial, id uuid primary key, payload jsonb not null, state text not null default 'pending', created_at timestamptz not null default now())`);
    await db.end();
    for (let hop = 0; hop <= options.hops; hop++) await channel.assertQueue(floorQueue(run, hop), { durable: true });

    for (let worker = 0; worker < options.workers; worker++) {
      const args = ['--run', run, '--database-url', url.toString(), '--amqp-url', options.amqpUrl, '--hops', String(options.hops)];
      children.push(fork(workerEntry, [...args, '--worker', String(worker), '--workers', String(options.workers)], { execArgv: ['--import', 'tsx'] }));
    }
    await Promise.all(children.map((child) => new Promise((resolve) => child.once('message', resolve))));

    const targets: CpuTarget[] = [
      ...children.map((child, index) => cpuOfPid(`floor worker ${index + 1}`, child.pid!)),
      cpuOfCommand('PostgreSQL', 'postgres'),
      cpuOfCommand('RabbitMQ', 'beam.smp'),
      cpuOfThisProcess,
    ];
    const startedAt = Date.now();
    const { result: latenciesMs, cpuMs } = await measureCpu(targets, () => placeOrders(channel, run, options));
    const count = Math.max(1, latenciesMs.length);
    return {
      latenciesMs,
      elapsedMs: Date.now() - startedAt,
      cpuPerOrder: targets.map((target) => [target.name, cpuMs.get(target.name)! / count]),
    };
  } finally {
    for (const child of children) child.kill();
    for (let hop = 0; hop <= options.hops; hop++) await channel.deleteQueue(floorQueue(run, hop)).catch(() => {});
    await connection.close();
    await admin.query(`drop database if exists "${database}" with (force)`);
    await admin.end();
  }
}

/** Keeps `inFlight` orders going for the duration: each one that ends starts the next. Resolves to their latencies. */
async function placeOrders(channel: amqp.ConfirmChannel, run: string, options: FloorOptions): Promise<number[]> {
  const startedAt = new Map<string, number>();
  const latencies: number[] = [];
  const deadline = Date.now() + options.durationMs;
  const place = () => {
    const orderId = crypto.randomUUID();
    startedAt.set(orderId, performance.now());
    channel.sendToQueue(floorQueue(run, 0), Buffer.from(JSON.stringify(floorMessage(orderId, 0))), { persistent: true });
  };
  return new Promise((resolve) => {
    void channel.consume(
      floorQueue(run, options.hops),
      (delivery) => {
        if (!delivery) return;
        const { correlationId } = JSON.parse(delivery.content.toString()) as { correlationId: string };
        latencies.push(performance.now() - startedAt.get(correlationId)!);
        startedAt.delete(correlationId);
        if (Date.now() < deadline) place();
        else if (startedAt.size === 0) resolve(latencies);
      },
      { noAck: true },
    );
    for (let index = 0; index < options.inFlight; index++) place();
  });
}
