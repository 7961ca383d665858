import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { delivery as deliverySchema, deliveryList } from '@tiffin/contracts';
import { eventually } from '@tiffin/service-kit/testing';
import { anOrderApproved } from '../testing/approvals';
import { deliveryUnderTest, type DeliveryUnderTest } from '../testing/delivery-under-test';

describe('reading deliveries', () => {
  const consumerId = crypto.randomUUID();
  const approvals = [anOrderApproved({ consumerId }), anOrderApproved({ consumerId }), anOrderApproved()];
  let delivery: DeliveryUnderTest;

  beforeAll(async () => {
    delivery = await deliveryUnderTest();
    await delivery.service.start();
    for (const approved of approvals) await delivery.broker.publish(approved);
    await eventually('three deliveries', async () => {
      const all = await Promise.all(approvals.map((a) => get(`/deliveries?orderId=${a.payload.orderId}`)));
      return all.every((response) => response.json().length === 1) ? true : undefined;
    });
  });
  afterAll(() => delivery.dispose());

  const get = (url: string) => delivery.service.app.inject({ method: 'GET', url });

  it('lists a customer’s deliveries', async () => {
    const response = await get(`/deliveries?consumerId=${consumerId}`);
    expect(response.statusCode).toBe(200);
    const orderIds = deliveryList.parse(response.json()).map((d) => d.orderId);
    expect(orderIds.sort()).toEqual([approvals[0]!.payload.orderId, approvals[1]!.payload.orderId].sort());
  });

  it('narrows to one order when given both filters', async () => {
    const { orderId } = approvals[0]!.payload;
    const response = await get(`/deliveries?consumerId=${consumerId}&orderId=${orderId}`);
    expect(response.json().map((d: { orderId: string }) => d.orderId)).toEqual([orderId]);
    const someoneElse = await get(`/deliveries?consumerId=${crypto.randomUUID()}&orderId=${orderId}`);
    expect(someoneElse.json()).toEqual([]);
  });

  it('needs consumerId or orderId', async () => {
    const response = await get('/deliveries');
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/give consumerId, orderId or courierId/);
  });

  it('names a filter that is not a UUID', async () => {
    const response = await get('/deliveries?consumerId=me');
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/querystring\.consumerId/);
  });

  it('answers one delivery by id', async () => {
    const [listed] = (await get(`/deliveries?orderId=${approvals[2]!.payload.orderId}`)).json();
    const response = await get(`/deliveries/${listed.id}`);
    expect(response.statusCode).toBe(200);
    expect(deliverySchema.parse(response.json())).toEqual(listed);
  });

  it('answers 404 naming an unknown delivery, 400 for a malformed id', async () => {
    const unknown = crypto.randomUUID();
    const missing = await get(`/deliveries/${unknown}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toBe(`delivery ${unknown} does not exist`);
    const malformed = await get('/deliveries/latest');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().message).toMatch(/params\.deliveryId/);
  });
});
