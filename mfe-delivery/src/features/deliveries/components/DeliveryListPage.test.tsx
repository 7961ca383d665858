// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { demoAccounts } from '@tiffin/demo-accounts';
import { deliveryList, type Delivery } from '@tiffin/contracts';
import { answer, demoSession, renderSlice } from '@tiffin/slice-kit/testing';
import DeliverySlice from '../../../Slice';

const delivery = (n: number, status: Delivery['status']): Delivery => ({
  id: `2b3c4d5e-6f70-4a81-9b2c-3d4e5f60718${n}`,
  orderId: `7f2e1d0c-9b8a-4c6d-8e5f-4a3b2c1d0e9${n}`,
  consumerId: demoAccounts.guest.consumerId,
  restaurantId: demoAccounts.bombayStaff.restaurantId,
  restaurantName: 'Bombay Tiffin House',
  pickupAddress: '4 Spice Market',
  deliveryAddress: `${n} Curry Lane`,
  status,
  courierId: null,
  totalCents: 2300,
  scheduledAt: `2026-12-0${n}T18:00:00.000Z`,
  updatedAt: `2026-12-0${n}T18:00:00.000Z`,
});

describe('the customer’s deliveries', () => {
  it('says where each is in words, never its code', async () => {
    const page = renderSlice(DeliverySlice, {
      slice: 'delivery',
      session: demoSession('guest'),
      bff: { 'GET /deliveries': answer(deliveryList, [delivery(1, 'SCHEDULED'), delivery(2, 'PICKED_UP'), delivery(3, 'DELIVERED')]) },
    });
    await page.findByText('Waiting for a courier');
    expect(page.getByText('On its way to you')).toBeTruthy();
    expect(page.getByText('Delivered')).toBeTruthy();
    expect(page.container.textContent).not.toMatch(/SCHEDULED|PICKED_UP|DELIVERED/);
  });
});
