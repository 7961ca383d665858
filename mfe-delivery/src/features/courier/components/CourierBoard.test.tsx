// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { demoAccounts } from '@tiffin/demo-accounts';
import { deliveryList, offeredDeliveryList, takenByAnotherCourier, type Delivery } from '@tiffin/contracts';
import { answer, demoSession, refusal, renderSlice } from '@tiffin/slice-kit/testing';
import DeliverySlice from '../../../Slice';

const offered: Delivery = {
  id: '2b3c4d5e-6f70-4a81-9b2c-3d4e5f607182',
  orderId: '7f2e1d0c-9b8a-4c6d-8e5f-4a3b2c1d0e9f',
  consumerId: demoAccounts.guest.consumerId,
  restaurantId: demoAccounts.bombayStaff.restaurantId,
  restaurantName: 'Bombay Tiffin House',
  pickupAddress: '4 Spice Market',
  deliveryAddress: '12 Curry Lane',
  status: 'SCHEDULED',
  courierId: null,
  totalCents: 2300,
  scheduledAt: '2026-12-03T18:00:00.000Z',
  updatedAt: '2026-12-03T18:00:00.000Z',
};

describe('two couriers reaching for one delivery', () => {
  it('tells the one who lost, and the delivery leaves their offers at once', async () => {
    let takenElsewhere = false;
    const page = renderSlice(DeliverySlice, {
      slice: 'delivery',
      session: demoSession('rosa'),
      bff: {
        'GET /courier/deliveries': answer(deliveryList, []),
        'GET /courier/offered-deliveries': () => answer(offeredDeliveryList, takenElsewhere ? [] : [offered]),
        // Kofi took it a moment before Rosa's tap arrived.
        [`POST /courier/deliveries/${offered.id}/take`]: () => {
          takenElsewhere = true;
          return refusal(409, { message: takenByAnotherCourier });
        },
      },
    });

    await page.user.click(await page.findByRole('button', { name: 'Take this delivery' }));

    const alert = await page.findByRole('alert');
    expect(alert.textContent).toContain('You did not get this delivery.');
    expect(alert.textContent).toContain(takenByAnotherCourier);
    await page.findByText('No deliveries on offer right now. New ones appear here as restaurants confirm orders.');
    expect(page.queryByRole('button', { name: 'Take this delivery' })).toBeNull();
    expect(page.getByText('Nothing under way. Take a delivery from the offers below.')).toBeTruthy();
  });
});
