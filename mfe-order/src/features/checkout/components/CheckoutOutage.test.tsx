// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { paymentCardList, problemCodes } from '@tiffin/contracts';
import { answer, demoSession, refusal, renderSlice } from '@tiffin/slice-kit/testing';
import OrderSlice from '../../../Slice';

const restaurant = { id: 'b686c77f-79ac-460e-94fb-2bb19b8ed16d', name: 'Bombay Tiffin House' };
const dal = { menuItemId: '0b9f1f8e-8a57-4d4b-9a43-4f1c1a2b3c01', name: 'Dal Makhani', unitPriceCents: 1150 };
const cards = answer(paymentCardList, [{ id: '1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6', brand: 'Visa', last4: '4242', expiryMonth: 12, expiryYear: 2031, label: 'Everyday Visa', expired: false }]);

describe('checkout while the order service is away', () => {
  it('says the order was not placed and nothing was charged, not which part of Tiffin was away', async () => {
    const page = renderSlice(OrderSlice, {
      slice: 'order',
      path: 'cart',
      session: demoSession('guest'),
      fillCart: (cart) => cart.addItem(restaurant, dal, 1),
      bff: {
        'GET /payment-cards': cards,
        // What the order BFF answers when its circuit to the order service is open.
        'POST /orders': refusal(503, { code: problemCodes.serviceUnavailable, subject: 'order', message: "We can't reach your orders right now. Please try again in a few seconds." }),
      },
    });
    await page.findByText('Everyday Visa', { exact: false });
    await page.user.type(page.getByLabelText('Delivery address'), '12 Curry Lane');
    await page.user.click(page.getByRole('button', { name: 'Place order' }));

    // The slice retries an outage three times (0.5, 1 and 2 s) before it says so.
    const alert = await page.findByRole('alert', {}, { timeout: 6_000 });
    expect(alert.textContent).toContain('Your order was not placed.');
    expect(alert.textContent).toContain('nothing was ordered and your card was not charged');
    expect(alert.textContent).not.toMatch(/kitchen|reach/);
    expect(page.events).toEqual([]);
  });
});
