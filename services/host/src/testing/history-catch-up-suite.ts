import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Broker } from '@tiffin/broker';
import { guestCustomer, orderAccepted, orderHistoryEntry, rebuildStatus, type CreateOrderRequest } from '@tiffin/contracts';
import { seedRestaurants } from '@tiffin/catalog-service';
import { asOperator } from '@tiffin/http-kit/testing';
import { eventually } from '@tiffin/service-kit/testing';
import { startServices, type RunningServices } from '../host';

export interface CatchUpBackend {
  env: NodeJS.ProcessEnv;
  broker: Broker;
  /** The RabbitMQ exchange of this run, when on RabbitMQ. */
  exchange?: string;
  /** Removes databases and queues, once every service has stopped. */
  remove(): Promise<void>;
}

/**
 * The broker as it was before order-history existed: nobody declares its queues, so what the owners
 * publish reaches no queue of its own and is only in their event logs. Closing is left to the caller,
 * who closes the real broker once.
 */
function brokerWithoutOrderHistory(broker: Broker): Broker {
  return {
    publish: (message) => broker.publish(message),
    subscribe: (subscription) => broker.subscribe(subscription),
    declare: (queues) => broker.declare(queues.filter((queue) => !queue.consumer.startsWith('order-history.'))),
    status: () => broker.status(),
    queueDepths: (consumers) => broker.queueDepths(consumers),
    listDeadLetters: (consumer, options) => broker.listDeadLetters(consumer, options),
    inspectDeadLetter: (consumer, id) => broker.inspectDeadLetter(consumer, id),
    replayDeadLetter: (consumer, id) => broker.replayDeadLetter(consumer, id),
    discardDeadLetter: (consumer, id) => broker.discardDeadLetter(consumer, id),
    close: async () => undefined,
  };
}

const bombay = seedRestaurants.find((r) => r.name === 'Bombay Tiffin House')!;

async function call<T>(url: string, init?: RequestInit): Promise<{ status: number; body: T }> {
  const response = await fetch(url, init);
  return { status: response.status, body: (await response.json()) as T };
}

/** An installation that ran without order-history: its first start and a rebuild find the orders placed before. */
export function describeHistoryCatchUp(name: string, start: () => Promise<CatchUpBackend>): void {
  describe(`order-history added to a running installation (${name})`, () => {
    let backend: CatchUpBackend;
    let owners: RunningServices<'catalog' | 'consumer' | 'order' | 'kitchen' | 'accounting' | 'delivery'>;
    let history: RunningServices<'order-history'> | undefined;
    const request: CreateOrderRequest = {
      consumerId: guestCustomer.consumerId,
      cardId: guestCustomer.cards.everyday,
      restaurantId: bombay.id,
      deliveryAddress: '77 Hudson St, Jersey City, NJ 07302',
      lines: [{ menuItemId: bombay.menu.find((item) => item.name === 'Paneer Tikka')!.id, quantity: 1 }],
    };
    let orderId: string;

    beforeAll(async () => {
      backend = await start();
      const common = { env: backend.env, ports: 'ephemeral' as const, outboxPollMs: 50, exchange: backend.exchange };
      owners = await startServices({ ...common, services: ['catalog', 'consumer', 'order', 'kitchen', 'accounting', 'delivery'],
        broker: brokerWithoutOrderHistory(backend.broker) });

      const idempotencyKey = crypto.randomUUID();
      const accepted = await eventually('the order to be accepted', async () => {
        const answer = await call<unknown>(`${owners.urls.order}/orders`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
          body: JSON.stringify(request),
        });
        return answer.status === 202 ? answer : undefined;
      });
      orderId = orderAccepted.parse(accepted.body).orderId;
      await eventually('the delivery', async () => ((await call<unknown[]>(`${owners.urls.delivery}/deliveries?orderId=${orderId}`)).body.length ? true : undefined));

      history = await startServices({ ...common, services: ['order-history'], broker: backend.broker });
    });
    afterAll(async () => {
      await history?.stop(); // closes the one real broker: nothing is delivered to anyone after this
      await owners?.stop();
      await backend?.remove();
    });

    const entryOf = async (id: string) => {
      const { status, body } = await call<unknown>(`${history!.urls['order-history']}/orders/${id}`);
      return status === 200 ? orderHistoryEntry.parse(body) : undefined;
    };
    /** Replayed events are applied side by side, so the entry is final only once all three are in. */
    const finalEntryOf = (id: string) =>
      eventually('the order, final, in the history', async () => {
        const found = await entryOf(id);
        return found?.events.length === 3 ? found : undefined;
      });

    it('shows, after its first start, an order placed and delivered before it existed', async () => {
      const entry = await finalEntryOf(orderId);
      expect(entry).toMatchObject({ id: orderId, consumerId: request.consumerId, status: 'APPROVED', restaurantName: bombay.name });
      expect(entry.events.map((e) => e.type)).toEqual(['OrderCreated', 'OrderApproved', 'DeliveryScheduled']);
    });

    it('finds it again when rebuilt from scratch', async () => {
      const before = await finalEntryOf(orderId);
      const started = await call<unknown>(`${history!.urls['order-history']}/admin/rebuild`, { method: 'POST', headers: asOperator() });
      const { rebuildId } = rebuildStatus.parse(started.body);
      await eventually('the rebuild to complete', async () => {
        const { body } = await call<unknown>(`${history!.urls['order-history']}/admin/rebuilds/${rebuildId}`, { headers: asOperator() });
        return rebuildStatus.parse(body).state === 'complete' ? true : undefined;
      });
      expect(await entryOf(orderId)).toEqual(before);
    });
  });
}
