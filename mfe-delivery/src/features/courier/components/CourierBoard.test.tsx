// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoAccounts } from '@tiffin/demo-accounts';
import { deliveryList, offeredDeliveryList, takenByAnotherCourier, type Delivery } from '@tiffin/contracts';
import { answer, demoSession, refusal, renderSlice } from '@tiffin/slice-kit/testing';
import DeliverySlice from '../../../Slice';
import { stepFailureNoticeMs } from '../courierSteps';

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

/** Rosa's board, where Kofi took the one delivery on offer a moment before her tap arrived. */
function lostRace() {
  let takenElsewhere = false;
  return renderSlice(DeliverySlice, {
    slice: 'delivery',
    session: demoSession('rosa'),
    bff: {
      'GET /courier/deliveries': answer(deliveryList, []),
      'GET /courier/offered-deliveries': () => answer(offeredDeliveryList, takenElsewhere ? [] : [offered]),
      [`POST /courier/deliveries/${offered.id}/take`]: () => {
        takenElsewhere = true;
        return refusal(409, { message: takenByAnotherCourier });
      },
    },
  });
}

describe('two couriers reaching for one delivery', () => {
  afterEach(() => vi.useRealTimers());

  it('tells the one who lost, and the delivery leaves their offers at once', async () => {
    const page = lostRace();
    await page.user.click(await page.findByRole('button', { name: 'Take this delivery' }));

    const alert = await page.findByRole('alert');
    expect(alert.textContent).toContain('You did not get this delivery.');
    expect(alert.textContent).toContain(takenByAnotherCourier);
    await page.findByText('No deliveries on offer right now. New ones appear here as restaurants confirm orders.');
    expect(page.queryByRole('button', { name: 'Take this delivery' })).toBeNull();
    expect(page.getByText('Nothing under way. Take a delivery from the offers below.')).toBeTruthy();
  });

  it('takes the notice away by itself after a few seconds, the board having been read again meanwhile', async () => {
    // The page's clock is the test's: it runs on by itself, and jumps when the test says.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const page = lostRace();
    await page.user.click(await page.findByRole('button', { name: 'Take this delivery' }));
    await page.findByRole('alert');
    await page.findByText('No deliveries on offer right now. New ones appear here as restaurants confirm orders.');

    // The board's polls (every 3 s while its live stream is down) re-render it; the notice waits on.
    // (Half the wait each time: the clock also runs on by itself while the page works.)
    await vi.advanceTimersByTimeAsync(stepFailureNoticeMs / 2);
    expect(page.getByRole('alert').textContent).toContain(takenByAnotherCourier);
    await vi.advanceTimersByTimeAsync(stepFailureNoticeMs / 2);
    await expect.poll(() => page.queryByRole('alert')).toBeNull();
  });
});
