import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostAndPort, startFaultProxy, throughProxy, type FaultProxy } from '@tiffin/fault-proxy';
import { seedRestaurants } from '@tiffin/catalog-service';
import {
  cardAuthorization,
  delivery,
  guestCustomer,
  order,
  orderAccepted,
  orderHistoryEntry,
  ticketList,
  type CreateOrderRequest,
  type OrderHistoryEntry,
} from '@tiffin/contracts';
import { consumerQueueDeclarations } from '@tiffin/messages';
import { createLogger } from '@tiffin/http-kit';
import { eventually, freshPostgresDatabases, isolatedRabbitMq, testAmqpUrl, type IsolatedRabbitMq } from '@tiffin/service-kit/testing';
import { serviceNames, type ServiceName } from '@tiffin/topology';
import { serviceProcess, type ServiceProcess } from './service-processes';

/*
 * Issue 5's chaos test: each service alone in a process of its own on RabbitMQ + PostgreSQL, as in
 * production, while a few hundred orders are placed and the harness kills services (SIGKILL) and
 * starts them again, and cuts the broker connection through a proxy the test owns (the shared
 * RabbitMQ is never restarted). Every accepted order must end APPROVED or REJECTED, and every
 * approved one must have exactly one delivery, one confirmed ticket and one authorisation: nothing
 * lost, nothing done twice. The order history must show each as it ended.
 */
const orders = Number(process.env.TIFFIN_CHAOS_ORDERS ?? 300);
const customers = 4;
/** Orders keep coming until at least this many faults happened, however fast the orders go. */
const minimumFaults = Number(process.env.TIFFIN_CHAOS_FAULTS ?? 8);
const bombay = seedRestaurants.find((r) => r.name === 'Bombay Tiffin House')!;

let databases: Awaited<ReturnType<typeof freshPostgresDatabases>>;
let rabbit: IsolatedRabbitMq;
let proxy: FaultProxy;
const services = {} as Record<ServiceName, ServiceProcess>;

beforeAll(async () => {
  databases = await freshPostgresDatabases(serviceNames);
  // The test's own broker client declares every queue on the run's exchange, so remove() knows them all.
  rabbit = await isolatedRabbitMq(createLogger('chaos', { TIFFIN_LOG_LEVEL: 'silent' }));
  await rabbit.broker.declare(consumerQueueDeclarations);
  proxy = await startFaultProxy(hostAndPort(testAmqpUrl));
  const env = {
    ...process.env,
    ...databases.env,
    TIFFIN_AMQP_URL: throughProxy(testAmqpUrl, proxy),
    TIFFIN_AMQP_EXCHANGE: rabbit.exchange,
    TIFFIN_LOG_LEVEL: process.env.TIFFIN_LOG_LEVEL ?? 'silent',
  };
  for (const name of serviceNames) services[name] = await serviceProcess(name, env);
  await Promise.all(serviceNames.map((name) => services[name].start()));
}, 120_000);

afterAll(async () => {
  await Promise.all(Object.values(services).map((service) => service.kill()));
  await proxy?.close();
  await rabbit?.broker.close();
  await rabbit?.remove();
  await databases?.drop();
}, 60_000);

async function call<T>(url: string, init?: RequestInit): Promise<{ status: number; body: T } | undefined> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(5000) });
    return { status: response.status, body: (await response.json()) as T };
  } catch {
    // The service is down or restarting: the caller tries again.
    return undefined;
  }
}

/** What a customer's browser does: the same idempotency key until the order service answers 202. */
async function placeOrder(): Promise<string> {
  const idempotencyKey = crypto.randomUUID();
  const request: CreateOrderRequest = {
    consumerId: guestCustomer.consumerId,
    restaurantId: bombay.id,
    deliveryAddress: '77 Hudson St, Jersey City, NJ 07302',
    cardId: guestCustomer.cards.everyday,
    lines: [{ menuItemId: bombay.menu[0]!.id, quantity: 1 }],
  };
  return eventually(
    'the order to be accepted',
    async () => {
      const answer = await call<unknown>(`${services.order.url}/orders`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
        body: JSON.stringify(request),
      });
      return answer?.status === 202 ? orderAccepted.parse(answer.body).orderId : undefined;
    },
    60_000,
  );
}

/** Kills and restarts services at random and cuts the broker connection, until told to stop. */
function unleashChaos(): { readonly faults: number; stop(): Promise<string[]> } {
  const done: string[] = [];
  let stopped = false;
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  // Every kind of fault in each round, in a random order, so no run passes without killing the order service.
  const kinds = ['cut', ...serviceNames] as const;
  const loop = (async () => {
    while (!stopped) {
      for (const kind of [...kinds].sort(() => Math.random() - 0.5)) {
        await pause(300 + Math.random() * 700);
        if (stopped) break;
        if (kind === 'cut') {
          proxy.refuse();
          proxy.dropConnections();
          await pause(200 + Math.random() * 800);
          proxy.accept();
          done.push('cut the broker connection');
        } else {
          await services[kind].kill();
          await pause(Math.random() * 500);
          await services[kind].start();
          done.push(`killed and restarted ${kind}`);
        }
      }
    }
  })();
  return {
    get faults() {
      return done.length;
    },
    async stop() {
      stopped = true;
      await loop;
      return done;
    },
  };
}

describe('the RabbitMQ + PostgreSQL back end under chaos', () => {
  it(`brings every accepted order to a final state with exactly one delivery for each approved one (${orders} orders)`, async () => {
    const chaos = unleashChaos();
    const accepted: string[] = [];
    await Promise.all(
      Array.from({ length: customers }, async () => {
        while (accepted.length < orders) accepted.push(await placeOrder());
      }),
    );
    // The faults go on while the accepted orders are still being worked on, up to the minimum.
    await eventually('enough faults', () => (chaos.faults >= minimumFaults ? true : undefined), 300_000);
    const faults = await chaos.stop();
    console.info(`chaos: ${faults.length} faults while ${accepted.length} orders were placed: ${faults.join('; ')}`);
    expect(faults.length).toBeGreaterThanOrEqual(minimumFaults);

    const statuses = new Map<string, string>();
    await eventually(
      'every accepted order to be final',
      async () => {
        for (const orderId of accepted) {
          if (statuses.has(orderId)) continue;
          const answer = await call<unknown>(`${services.order.url}/orders/${orderId}`);
          const current = answer?.status === 200 ? order.parse(answer.body) : undefined;
          if (current && (current.status === 'APPROVED' || current.status === 'REJECTED')) statuses.set(orderId, current.status);
        }
        return statuses.size === accepted.length ? true : undefined;
      },
      120_000,
    ).catch((error: unknown) => {
      const pending = accepted.filter((orderId) => !statuses.has(orderId));
      throw new Error(`${pending.length} of ${accepted.length} orders never became final, e.g. ${pending.slice(0, 3).join(', ')}`, { cause: error });
    });

    const approved = accepted.filter((orderId) => statuses.get(orderId) === 'APPROVED');
    const deliveriesPerOrder = new Map<string, number>();
    await eventually(
      'a delivery for every approved order',
      async () => {
        for (const orderId of approved) {
          if (deliveriesPerOrder.has(orderId)) continue;
          const answer = await call<unknown[]>(`${services.delivery.url}/deliveries?orderId=${orderId}`);
          if (answer?.status === 200 && answer.body.length > 0) deliveriesPerOrder.set(orderId, answer.body.map((d) => delivery.parse(d)).length);
        }
        return deliveriesPerOrder.size === approved.length ? true : undefined;
      },
      120_000,
    );
    // Late duplicates would show up now if an effect were repeated.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    for (const orderId of approved) {
      const answer = await call<unknown[]>(`${services.delivery.url}/deliveries?orderId=${orderId}`);
      expect(answer?.body.length, `deliveries of order ${orderId}`).toBe(1);
      // One ticket, confirmed, and one authorisation holding the total: no saga step ran twice.
      const tickets = ticketList.parse((await call<unknown>(`${services.kitchen.url}/tickets?orderId=${orderId}`))?.body);
      expect(tickets.map((ticket) => ticket.status), `tickets of order ${orderId}`).toEqual(['AWAITING_ACCEPTANCE']);
      const held = cardAuthorization.parse((await call<unknown>(`${services.accounting.url}/orders/${orderId}/authorization`))?.body);
      expect(held, `authorisation of order ${orderId}`).toMatchObject({ status: 'AUTHORIZED', amountCents: bombay.menu[0]!.priceCents });
    }
    // The order history, killed and restarted with the rest, ends showing each order as it ended,
    // every event taken once.
    const history = new Map<string, OrderHistoryEntry>();
    await eventually(
      'every accepted order final in the order history',
      async () => {
        for (const orderId of accepted) {
          if (history.has(orderId)) continue;
          const answer = await call<unknown>(`${services['order-history'].url}/orders/${orderId}`);
          const entry = answer?.status === 200 ? orderHistoryEntry.parse(answer.body) : undefined;
          const final = entry?.status === statuses.get(orderId) && (entry?.status !== 'APPROVED' || entry.deliveryId !== null);
          if (entry && final) history.set(orderId, entry);
        }
        return history.size === accepted.length ? true : undefined;
      },
      120_000,
    );
    for (const entry of history.values()) {
      const types = entry.events.map((event) => event.type);
      expect(new Set(types).size, `events of order ${entry.id}: ${types.join(', ')}`).toBe(types.length);
    }
    console.info(`chaos: ${approved.length} approved, ${accepted.length - approved.length} rejected`);
  }, 600_000);
});
