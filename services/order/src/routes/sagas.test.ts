import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessage } from '@tiffin/messages';
import { sagaDetail, sagaList } from '@tiffin/contracts';
import { asOperator } from '@tiffin/http-kit/testing';
import { eventually } from '@tiffin/service-kit/testing';
import { aMenu } from '../testing/menus';
import { orderBackends } from '../testing/order-backends';
import type { OrderUnderTest } from '../testing/order-under-test';
import { anOrderFrom, postOrder } from '../testing/orders';

describe.each(orderBackends)('saga monitoring routes on $name', ({ start }) => {
  const menu = aMenu();
  let order: OrderUnderTest;
  beforeAll(async () => {
    order = await start(menu);
  });
  afterAll(() => order.dispose());

  const get = (url: string) => order.service.app.inject({ method: 'GET', url, headers: asOperator() });
  const placed = async () => (await postOrder(order, anOrderFrom(menu))).json().orderId as string;

  it('GET /sagas lists the create-order sagas newest first, waiting for the consumer and the catalog', async () => {
    const [first, second] = [await placed(), await placed()];
    const response = await get('/sagas?state=running&type=create-order');
    expect(response.statusCode).toBe(200);
    const { sagas } = sagaList.parse(response.json());
    expect(sagas.map((saga) => saga.id).slice(0, 2)).toEqual([second, first]);
    expect(sagas[0]).toMatchObject({ type: 'create-order', state: 'running', step: 'validate the consumer and the order details', awaiting: ['consumer', 'catalog'], durationMs: null });
    expect(sagas[0]!.deadlineAt).not.toBeNull();
  });

  it('GET /sagas pages with the cursor it hands out', async () => {
    await placed();
    await placed();
    const first = sagaList.parse((await get('/sagas?limit=1')).json());
    expect(first.sagas).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    const second = sagaList.parse((await get(`/sagas?limit=1&cursor=${first.nextCursor}`)).json());
    expect(second.sagas).toHaveLength(1);
    expect(second.sagas[0]!.id).not.toBe(first.sagas[0]!.id);
  });

  it('GET /sagas answers 400 naming the parameter that is wrong', async () => {
    for (const [query, param] of [
      ['state=stuck', 'state'],
      ['olderThanSeconds=-1', 'olderThanSeconds'],
      ['olderThanSeconds=soon', 'olderThanSeconds'],
      ['limit=0', 'limit'],
      ['limit=201', 'limit'],
      ['cursor=not-a-cursor', 'cursor'],
    ] as const) {
      const response = await get(`/sagas?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().message, query).toMatch(new RegExp(`^querystring\\.${param}: `));
    }
  });

  it('GET /sagas/:sagaId shows a rejected order’s steps: validation failed with the catalog’s reason, the order rejected by compensation', async () => {
    const orderId = await placed();
    await order.broker.publish(createMessage('OrderDetailsRejected', 'catalog', { orderId, reason: 'The restaurant is closed' }));
    const detail = await eventually('the compensated saga', async () => {
      const body = sagaDetail.parse((await get(`/sagas/${orderId}`)).json());
      return body.state === 'compensated' ? body : undefined;
    });

    expect(detail).toMatchObject({ id: orderId, type: 'create-order', failureReason: 'The restaurant is closed', awaiting: [] });
    expect(detail.durationMs).toBeGreaterThanOrEqual(0);
    expect(detail.steps.map((step) => [step.name, step.state]).slice(0, 3)).toEqual([
      ['reject the order if anything fails', 'compensated'],
      ['validate the consumer and the order details', 'failed'],
      ['create the ticket', 'not reached'],
    ]);
    expect(detail.steps.at(-1)).toMatchObject({ state: 'not reached' });
    expect(detail.steps[1]).toMatchObject({
      error: 'The restaurant is closed',
      participants: [
        { name: 'consumer', command: 'ValidateConsumer' },
        { name: 'catalog', command: 'ValidateOrderDetails', reply: 'OrderDetailsRejected', waitedMs: expect.any(Number) },
      ],
    });
    expect(detail.compensations.map((c) => c.step)).toEqual(['reject the order if anything fails']);
    expect(detail.errors).toEqual([{ step: 'validate the consumer and the order details', at: expect.any(String), error: 'The restaurant is closed' }]);
    expect(detail.history.at(-1)).toMatchObject({ event: 'compensated' });
    expect(sagaList.parse((await get('/sagas?state=compensated')).json()).sagas.map((saga) => saga.id)).toContain(orderId);
  });

  it('GET /sagas/:sagaId answers 404 for an unknown saga and 400 naming sagaId when it is not a UUID', async () => {
    const unknown = crypto.randomUUID();
    const missing = await get(`/sagas/${unknown}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toBe(`saga ${unknown} does not exist`);
    const malformed = await get('/sagas/42');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().message).toMatch(/^params\.sagaId: /);
  });
});
