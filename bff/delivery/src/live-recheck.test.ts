import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '@tiffin/demo-accounts';
import { orderChangeEvent, orderHistoryEntry, orderWithdrawnEvent, type OrderHistoryEntry } from '@tiffin/contracts';
import type { HttpApp } from '@tiffin/http-kit';
import { closedPortUrl, listenToEventStream, memoryLogger, signedInAs, testIdentitySecret } from '@tiffin/http-kit/testing';
import { buildApp } from './app';

const { asha, leo, rosa, kofi, bombayStaff } = demoAccounts;

function anEntry(changes: Partial<OrderHistoryEntry>): OrderHistoryEntry {
  const at = '2026-12-03T18:00:00.000Z';
  return orderHistoryEntry.parse({
    id: crypto.randomUUID(),
    consumerId: asha.consumerId,
    restaurantId: bombayStaff.restaurantId,
    restaurantName: 'Bombay Tiffin House',
    status: 'APPROVED',
    rejectionReason: null,
    lines: [{ menuItemId: crypto.randomUUID(), name: 'Dal Makhani', quantity: 1, unitPriceCents: 1150 }],
    totalCents: 1150,
    deliveryAddress: '12 Curry Lane',
    createdAt: at,
    updatedAt: at,
    deliveryId: crypto.randomUUID(),
    courierId: null,
    events: [{ type: 'OrderCreated', occurredAt: at }],
    ...changes,
  });
}

/**
 * The BFF re-checks every change order-history relays against the caller, instead of trusting the
 * query it sent: an order-history that answers too much (an older version, a bug) must not show one
 * customer another's orders, nor a courier where another courier's delivery goes. This order-history
 * sends whatever the test gives it, whatever was asked.
 */
describe('the delivery BFF’s re-check of relayed changes', () => {
  let relayed: OrderHistoryEntry[] = [];
  let history: Server;
  let app: HttpApp;
  let bffUrl: string;
  beforeAll(async () => {
    history = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      relayed.forEach((entry, index) => response.write(`id: ${index + 1}\nevent: ${orderChangeEvent}\ndata: ${JSON.stringify(entry)}\n\n`));
      response.end();
    });
    await new Promise<void>((resolve) => history.listen(0, '127.0.0.1', resolve));
    app = buildApp({
      env: {
        TIFFIN_ORDER_HISTORY_SERVICE_URL: `http://127.0.0.1:${(history.address() as AddressInfo).port}`,
        TIFFIN_DELIVERY_SERVICE_URL: await closedPortUrl(),
      },
      identitySecret: testIdentitySecret,
      logger: memoryLogger().logger,
    });
    bffUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app.close();
    await new Promise((resolve) => history.close(resolve));
  });

  /** Everything the caller's stream carried until order-history ended it. */
  async function streamOf(who: Parameters<typeof signedInAs>[0]) {
    const stream = await listenToEventStream(`${bffUrl}/live`, signedInAs(who));
    await stream.ended;
    return stream.events.map((event) => ({ event: event.event, id: (JSON.parse(event.data) as { id: string }).id }));
  }

  it('shows a customer only their own orders', async () => {
    const leos = anEntry({ consumerId: leo.consumerId });
    const ashas = anEntry({ consumerId: asha.consumerId });
    relayed = [leos, ashas];
    expect(await streamOf(asha)).toEqual([{ event: orderChangeEvent, id: ashas.id }]);
  });

  it('tells a courier only the id of a delivery another courier took, and shows them offers and their own', async () => {
    const kofis = anEntry({ courierId: kofi.courierId });
    const offered = anEntry({});
    const rosas = anEntry({ courierId: rosa.courierId, status: 'PICKED_UP' });
    relayed = [kofis, offered, rosas];
    expect(await streamOf(rosa)).toEqual([
      { event: orderWithdrawnEvent, id: kofis.id },
      { event: orderChangeEvent, id: offered.id },
      { event: orderChangeEvent, id: rosas.id },
    ]);
  });
});
