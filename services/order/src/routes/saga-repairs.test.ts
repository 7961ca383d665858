import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { order as orderSchema, sagaDetail, sagaList } from '@tiffin/contracts';
import { asOperator } from '@tiffin/http-kit/testing';
import type { Message } from '@tiffin/messages';
import { eventually, publishedMessages } from '@tiffin/service-kit/testing';
import { aMenu } from '../testing/menus';
import { orderBackends } from '../testing/order-backends';
import type { OrderUnderTest } from '../testing/order-under-test';
import { anOrderFrom, postOrder } from '../testing/orders';

// No consumer or catalog service runs here: every create-order saga waits at its first step, as it
// does when a participant is down, which is what an operator finds and repairs.
describe.each(orderBackends)('finding and repairing stuck sagas on $name', ({ start }) => {
  const menu = aMenu();
  let order: OrderUnderTest;
  let validations: Message<'ValidateConsumer' | 'ValidateOrderDetails'>[];
  beforeAll(async () => {
    order = await start(menu);
    validations = await publishedMessages(order.broker, ['ValidateConsumer', 'ValidateOrderDetails']);
  });
  afterAll(() => order.dispose());
  afterEach(() => void vi.useRealTimers());

  const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
    order.service.app.inject({ method, url, headers: asOperator(), ...(payload ? { payload } : {}) });
  const sagasAt = async (query: string) => sagaList.parse((await call('GET', `/sagas?${query}`)).json()).sagas;
  const place = async (consumerId = crypto.randomUUID()) => (await postOrder(order, anOrderFrom(menu, { consumerId }))).json().orderId as string;
  const validationsOf = (orderId: string) => validations.filter((command) => command.payload.orderId === orderId);

  it('finds a saga by its order, its customer and its restaurant', async () => {
    const [asha, leo] = [crypto.randomUUID(), crypto.randomUUID()];
    const [ashas, leos] = [await place(asha), await place(leo)];
    expect((await sagasAt(`consumerId=${asha}`)).map((saga) => saga.id)).toEqual([ashas]);
    expect((await sagasAt(`orderId=${leos}`)).map((saga) => ({ id: saga.id, consumerId: saga.consumerId }))).toEqual([{ id: leos, consumerId: leo }]);
    expect((await sagasAt(`restaurantId=${menu.restaurantId}&limit=200`)).map((saga) => saga.id)).toEqual(expect.arrayContaining([ashas, leos]));
    expect((await call('GET', '/sagas?consumerId=asha')).json().message).toMatch(/^querystring\.consumerId: /);
  });

  it('flags a running saga as stuck once it has made no progress for TIFFIN_SAGA_STUCK_AFTER_SECONDS (15 s)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const placedAt = Date.now();
    const orderId = await place();
    vi.setSystemTime(placedAt + 14_999);
    expect((await sagasAt('stuck=true&limit=200')).map((saga) => saga.id)).not.toContain(orderId);
    expect((await sagasAt(`orderId=${orderId}`))[0]!.stuck).toBeNull();
    vi.setSystemTime(placedAt + 16_000);
    expect((await sagasAt('stuck=true&limit=200')).map((saga) => saga.id)).toContain(orderId);
    expect((await sagasAt(`orderId=${orderId}`))[0]!.stuck).toEqual({ reason: 'no progress for 16 s', since: expect.any(String) });
  });

  it('sends the step’s commands again on retry, to the participants it still waits for, with new message ids', async () => {
    const orderId = await place();
    await eventually('the first validations', () => (validationsOf(orderId).length === 2 ? true : undefined));
    const retried = await call('POST', `/sagas/${orderId}/retry`);
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toEqual({ sagaId: orderId, action: 'retry' });
    await eventually('the validations sent again', () => (validationsOf(orderId).length === 4 ? true : undefined));
    const { steps } = sagaDetail.parse((await call('GET', `/sagas/${orderId}`)).json());
    const asked = steps[1]!.participants;
    expect(asked.map((p) => p.name)).toEqual(['consumer', 'catalog']);
    for (const participant of asked) {
      expect(participant.resentAt).not.toBeNull();
      expect(validationsOf(orderId).map((command) => command.id)).toContain(participant.commandMessageId);
      expect(participant.commandMessageId).not.toBe(validationsOf(orderId).find((command) => command.type === participant.command)!.id);
    }
  });

  it('abandons a stuck saga: the step fails with the operator’s reason and is compensated, the order rejected', async () => {
    const orderId = await place();
    const abandoned = await call('POST', `/sagas/${orderId}/abandon`, { reason: 'We could not check your order in time' });
    expect(abandoned.json()).toEqual({ sagaId: orderId, action: 'abandon' });
    const detail = sagaDetail.parse((await call('GET', `/sagas/${orderId}`)).json());
    expect(detail).toMatchObject({ state: 'compensated', failureReason: 'We could not check your order in time' });
    expect(detail.compensations.map((c) => c.step)).toEqual(['reject the order if anything fails']);
    const placed = await order.service.app.inject({ method: 'GET', url: `/orders/${orderId}` });
    expect(orderSchema.parse(placed.json())).toMatchObject({ status: 'REJECTED', rejectionReason: 'We could not check your order in time' });
    const again = await call('POST', `/sagas/${orderId}/abandon`, { reason: 'again' });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe(`saga ${orderId} is compensated: there is nothing to abandon`);
    expect((await call('POST', `/sagas/${orderId}/retry`)).statusCode).toBe(409);
  });

  it('names what is wrong: an empty reason, an unknown saga', async () => {
    const orderId = await place();
    expect((await call('POST', `/sagas/${orderId}/abandon`, { reason: ' ' })).json().message).toMatch(/^body\.reason: /);
    const unknown = crypto.randomUUID();
    const missing = await call('POST', `/sagas/${unknown}/retry`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toBe(`saga ${unknown} does not exist`);
  });
});
