import { setTimeout as sleep } from 'node:timers/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import amqp from 'amqplib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteExchangeAndQueues } from '@tiffin/broker';
import { orderAccepted, paymentCardList, restaurant } from '@tiffin/contracts';
import { demoAccounts, demoPassword } from '@tiffin/demo-accounts';
import { consumerQueueDeclarations } from '@tiffin/messages';
import { serviceNames, topology } from '@tiffin/topology';
import { launchTiffin, type RunningTiffin } from '../launch';
import { databaseNameOf } from '../rabbitmq-backend';
import { instancesOf } from './instances';

const orders = Number(process.env.TIFFIN_CHAOS_ORDERS ?? 1000);
const customers = 16;
const killEveryMs = 3_000;
/** However few the orders, they go on until this many instances were killed among them. */
const minimumKills = 4;
const amqpUrl = process.env.TIFFIN_TEST_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const postgresUrl = process.env.TIFFIN_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const edge = `http://127.0.0.1:${topology.edge.port}`;
const run = crypto.randomUUID().slice(0, 8);
const prefix = `tiffin_chaos_${run}`;

/** A query on one owner's database, as the owner itself would read it. */
async function inDatabaseOf<T extends pg.QueryResultRow>(service: (typeof serviceNames)[number], text: string): Promise<T[]> {
  const url = new URL(postgresUrl);
  url.pathname = `/${databaseNameOf(prefix, service)}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

describe(`two instances of everything, one killed every ${killEveryMs / 1000} s, while ${orders} orders are placed`, () => {
  let dataDir: string;
  let tiffin: RunningTiffin;
  const killed: string[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'tiffin-chaos-'));
    const env = {
      ...process.env,
      TIFFIN_DATA_DIR: dataDir,
      TIFFIN_AMQP_URL: amqpUrl,
      TIFFIN_POSTGRES_URL: postgresUrl,
      TIFFIN_DATABASE_PREFIX: prefix,
      TIFFIN_AMQP_EXCHANGE: `tiffin-chaos.${run}`,
      TIFFIN_LOG_LEVEL: 'error',
    };
    tiffin = await launchTiffin({ env, replicas: 2, skipBuild: true, say: () => undefined });
  }, 300_000);

  afterAll(async () => {
    await tiffin?.stop();
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    for (const service of serviceNames) await admin.query(`drop database if exists "${databaseNameOf(prefix, service)}" with (force)`);
    await admin.end();
    const connection = await amqp.connect(amqpUrl);
    await deleteExchangeAndQueues(await connection.createChannel(), `tiffin-chaos.${run}`, consumerQueueDeclarations.map((queue) => queue.consumer)).finally(() => connection.close());
    await rm(dataDir, { recursive: true, force: true });
  }, 120_000);

  /** The guest signs in through the edge (the load balancer in front of both edges). */
  async function signedIn(): Promise<{ cookie: string; csrf: string }> {
    const response = await fetch(`${edge}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: demoAccounts.guest.email, password: demoPassword }) });
    expect(response.status).toBe(200);
    return { cookie: response.headers.get('set-cookie')!.split(';')[0]!, csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
  }

  /** Places one order, retrying with the same key through whatever the chaos does, until it is accepted. */
  async function place(session: { cookie: string; csrf: string }, body: unknown): Promise<string> {
    const key = crypto.randomUUID();
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await fetch(`${edge}/bff/order/orders`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf, 'idempotency-key': key },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(15_000),
        });
        if (response.status === 202) return orderAccepted.parse(await response.json()).orderId;
        if (response.status < 500) throw new Error(`order refused ${response.status}: ${await response.text()}`);
      } catch (error) {
        if ((error as Error).message.startsWith('order refused')) throw error;
      }
      if (attempt > 60) throw new Error(`order ${key} was never accepted`);
      await sleep(250);
    }
  }

  it(`loses, leaves stuck and duplicates nothing, and authorises each card once (${orders} orders)`, async () => {
    const session = await signedIn();
    const bombay = restaurant.parse(await (await fetch(`${edge}/bff/catalog/restaurants/b686c77f-79ac-460e-94fb-2bb19b8ed16d`, { headers: { cookie: session.cookie } })).json());
    const dish = bombay.menu.find((item) => item.available)!;
    const cards = paymentCardList.parse(await (await fetch(`${edge}/bff/order/payment-cards`, { headers: { cookie: session.cookie } })).json());
    // The guest's everyday card, which the sandbox card network always authorises.
    const cardId = cards.find((card) => card.last4 === '4242')!.id;
    const body = { restaurantId: bombay.id, deliveryAddress: '77 Hudson St, Jersey City, NJ 07302', cardId, lines: [{ menuItemId: dish.id, quantity: 1, unitPriceCents: dish.priceCents }] };

    let chaos = true;
    const chaosLoop = (async () => {
      while (chaos) {
        await sleep(killEveryMs);
        const candidates = instancesOf(dataDir);
        const victim = candidates[Math.floor(Math.random() * candidates.length)];
        if (!chaos || !victim) continue;
        process.kill(victim.pid, 'SIGKILL');
        killed.push(victim.script);
      }
    })();
    const accepted: string[] = [];
    await Promise.all(
      Array.from({ length: customers }, async () => {
        while (accepted.length < orders || killed.length < minimumKills) {
          accepted.push('');
          const index = accepted.length - 1;
          accepted[index] = await place(session, body);
        }
      }),
    );
    chaos = false;
    await chaosLoop;
    const placed = accepted;
    expect(placed.length).toBeGreaterThanOrEqual(orders);

    // Every order ends, and ends approved: nothing is stuck and no outage turned into a rejection.
    await expect
      .poll(async () => (await inDatabaseOf<{ status: string; n: string }>('order', `select status, count(*) as n from orders group by status`)).map((row) => `${row.status}: ${row.n}`), { timeout: 300_000, interval: 2_000 })
      .toEqual([`APPROVED: ${accepted.length}`]);
    const ids = `'${placed.join("','")}'`;
    const one = async (service: (typeof serviceNames)[number], table: string) =>
      inDatabaseOf<{ order_id: string; n: string }>(service, `select order_id, count(*) as n from ${table} where order_id in (${ids}) group by order_id having count(*) <> 1`);
    // Each effect once, in the database of the service that owns it.
    expect(await one('kitchen', 'tickets')).toEqual([]);
    expect(await one('accounting', 'card_authorizations')).toEqual([]);
    expect(await one('delivery', 'deliveries')).toEqual([]);
    const counts = async (service: (typeof serviceNames)[number], table: string) =>
      Number((await inDatabaseOf<{ n: string }>(service, `select count(distinct order_id) as n from ${table} where order_id in (${ids})`))[0]!.n);
    expect(await counts('kitchen', 'tickets')).toBe(placed.length);
    expect(await counts('accounting', 'card_authorizations')).toBe(placed.length);
    await expect.poll(() => counts('delivery', 'deliveries'), { timeout: 60_000 }).toBe(placed.length);
    console.log(`${placed.length} orders approved, each with one ticket, one card authorisation and one delivery, while ${killed.length} instances were killed: ${killed.join(', ')}`);
  }, 900_000);
});
