import { parseArgs } from 'node:util';
import { startEmbeddedBackend, startRabbitMqBackend, type Backend } from './backends';
import { runCatalogRead } from './catalog-read';
import { cpuOfCommand, cpuOfPid, cpuOfThisProcess, measureCpu } from './cpu';
import { runFloor } from './floor';
import { approvableOrder, runOrderLoad, waitUntilOrdersAccepted } from './order-load';
import { OrderWatch } from './order-watch';
import { mib, ms, percentile, table } from './stats';

/**
 * `pnpm bench`: the back end under load, on both back ends, in one run. A benchmark, not a test: it
 * prints figures. `--smoke` runs each step briefly (CI uses it to prove the bench still works).
 */
const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    seconds: { type: 'string' },
    warmup: { type: 'string' },
    backends: { type: 'string', default: 'embedded,rabbitmq' },
    customers: { type: 'string', default: '1,10,50' },
  },
});
const seconds = Number(values.seconds ?? (values.smoke ? 1 : 10));
// Services that have run a while, as in production: the first orders of a fresh process run through
// cold code (V8 still compiling), which doubled the latency of the first step measured.
const warmupSeconds = Number(values.warmup ?? (values.smoke ? 1 : 15));
const warmupCustomers = 10;
const customerLevels = values.customers.split(',').map(Number);
const amqpUrl = process.env.TIFFIN_BENCH_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const databaseUrl = process.env.TIFFIN_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const starters: Record<string, () => Promise<Backend>> = {
  embedded: startEmbeddedBackend,
  rabbitmq: () => startRabbitMqBackend({ amqpUrl, databaseUrl }),
};

let failed = false;
for (const key of values.backends.split(',')) {
  const start = starters[key];
  if (!start) throw new Error(`unknown back end "${key}"; known: ${Object.keys(starters).join(', ')}`);
  const backend = await start();
  try {
    await benchBackend(backend);
  } finally {
    await backend.stop();
  }
}
process.exit(failed ? 1 : 0);

async function benchBackend(backend: Backend): Promise<void> {
  console.log(`\n## ${backend.name}: ${seconds} s per step, 2-core machine, load generator in this process\n`);
  const rssBefore = await Promise.all(backend.processes.map((child) => child.rss()));

  const watch = await OrderWatch.open();
  let ordersPerSecond: Map<number, number>;
  try {
    ordersPerSecond = await benchOrders(backend, watch);
  } finally {
    watch.close();
  }
  if (backend.sharedServers) await benchFloor(ordersPerSecond);

  const read = await runCatalogRead(seconds);
  console.log('\nCatalog list, GET /restaurants, 20 connections');
  console.log(
    table(
      ['target', 'req/s', 'p99', 'errors'],
      [read.bare, read.bff].map((r) => [r.target, r.requestsPerSecond.toFixed(0), `${r.p99Ms} ms`, String(r.non2xx)]),
    ),
  );
  if (read.bff.non2xx > 0) failed = true;
  console.log(`BFF / bare fastify: ${((read.bff.requestsPerSecond / read.bare.requestsPerSecond) * 100).toFixed(1)}%`);

  const rssAfter = await Promise.all(backend.processes.map((child) => child.rss()));
  console.log('\nMemory (RSS)');
  console.log(
    table(
      ['process', 'before', 'after'],
      backend.processes.map((child, index) => [child.name, mib(rssBefore[index]!), mib(rssAfter[index]!)]),
    ),
  );
}

/** Orders at each number of customers: latency, 202 latency and CPU per order by process. Resolves to orders/s by customers. */
async function benchOrders(backend: Backend, watch: OrderWatch): Promise<Map<number, number>> {
  const order = await approvableOrder();
  await waitUntilOrdersAccepted(order, watch);
  const warmup = await runOrderLoad({ concurrency: warmupCustomers, durationMs: warmupSeconds * 1000, order, watch });
  console.log(`Warm-up, not counted: ${warmup.samples.length} orders from ${warmupCustomers} customers in ${warmupSeconds} s\n`);
  if (warmup.failures.length > 0) {
    failed = true;
    console.log(`  ${warmup.failures.length} orders failed during the warm-up, e.g. ${warmup.failures[0]}`);
  }
  const rows = [];
  const cpuTargets = [
    ...backend.processes.map((child) => cpuOfPid(child.name, child.child.pid!)),
    ...(backend.sharedServers ? [cpuOfCommand('PostgreSQL', 'postgres'), cpuOfCommand('RabbitMQ', 'beam.smp')] : []),
    cpuOfThisProcess,
  ];
  const cpuRows = cpuTargets.map((target) => [target.name]);
  const ordersPerSecond = new Map<number, number>();
  for (const concurrency of customerLevels) {
    const { result, cpuMs } = await measureCpu(cpuTargets, () => runOrderLoad({ concurrency, durationMs: seconds * 1000, order, watch }));
    cpuTargets.forEach((target, index) => cpuRows[index]!.push((cpuMs.get(target.name)! / Math.max(1, result.samples.length)).toFixed(2)));
    const approved = result.samples.map((sample) => sample.approvedMs);
    const accepted = result.samples.map((sample) => sample.acceptedMs);
    if (result.failures.length > 0) {
      failed = true;
      console.log(`  ${result.failures.length} orders failed at ${concurrency} customers, e.g. ${result.failures[0]}`);
    }
    if (result.retried > 0) console.log(`  ${result.retried} POSTs answered 504 at ${concurrency} customers and were retried with the same idempotency key`);
    ordersPerSecond.set(concurrency, (result.samples.length / result.elapsedMs) * 1000);
    rows.push([
      String(concurrency),
      String(result.samples.length),
      ordersPerSecond.get(concurrency)!.toFixed(1),
      ms(percentile(approved, 50)),
      ms(percentile(approved, 95)),
      ms(percentile(approved, 99)),
      ms(percentile(accepted, 50)),
      ms(percentile(accepted, 99)),
    ]);
  }
  console.log('Orders, create → APPROVED (each customer waits for its order before placing the next)');
  console.log(table(['customers', 'orders', 'orders/s', 'p50', 'p95', 'p99', '202 p50', '202 p99'], rows));
  console.log('\nCPU per order (ms), by process, at each number of customers (2 cores = 2000 ms of CPU per second)');
  console.log(table(['process', ...customerLevels.map(String)], cpuRows));
  return ordersPerSecond;
}

/**
 * The same number of orders in flight through RabbitMQ and PostgreSQL alone, 13 durable messages
 * each as an order of the create-order saga (five participant steps, each a command and its reply,
 * and the order's events): how far the pipeline is from what the broker and database allow on
 * this machine.
 */
async function benchFloor(ours: ReadonlyMap<number, number>): Promise<void> {
  const rows = [];
  for (const [inFlight, oursPerSecond] of ours) {
    const floor = await runFloor({ amqpUrl, databaseUrl, hops: 13, inFlight, durationMs: seconds * 1000, workers: 2 });
    const floorPerSecond = (floor.latenciesMs.length / floor.elapsedMs) * 1000;
    const cpu = floor.cpuPerOrder.reduce((sum, [, ms]) => sum + ms, 0);
    rows.push([
      String(inFlight),
      floorPerSecond.toFixed(1),
      ms(percentile(floor.latenciesMs, 50)),
      ms(percentile(floor.latenciesMs, 99)),
      cpu.toFixed(1),
      `${((oursPerSecond / floorPerSecond) * 100).toFixed(0)}%`,
    ]);
  }
  console.log('\nFloor: the same orders in flight through RabbitMQ + PostgreSQL alone (13 durable messages each, one statement per message, no Tiffin code)');
  console.log(table(['in flight', 'orders/s', 'p50', 'p99', 'CPU ms/order', 'ours / floor'], rows));
}
