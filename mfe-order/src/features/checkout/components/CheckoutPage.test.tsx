// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { orderAccepted, paymentCardList, type PlaceOrderRequest } from '@tiffin/contracts';
import { answer, demoSession, refusal, renderSlice, type FakeBff } from '@tiffin/slice-kit/testing';
import OrderSlice from '../../../Slice';

const restaurant = { id: 'b686c77f-79ac-460e-94fb-2bb19b8ed16d', name: 'Bombay Tiffin House' };
const dal = { menuItemId: '0b9f1f8e-8a57-4d4b-9a43-4f1c1a2b3c01', name: 'Dal Makhani', unitPriceCents: 1150 };
const naan = { menuItemId: '0b9f1f8e-8a57-4d4b-9a43-4f1c1a2b3c02', name: 'Garlic Naan', unitPriceCents: 350 };
const orderId = '5d1c0a2b-3e4f-4a5b-8c6d-7e8f9a0b1c2d';
const cards = answer(paymentCardList, [{ id: '1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6', brand: 'visa', last4: '4242', expiryMonth: 12, expiryYear: 2031, label: 'Everyday Visa', expired: false }]);

/** Each POST /orders is answered with the next answer: the menu changed, then the order is taken. */
function orderAnswers(...answers: ReturnType<typeof answer>[]) {
  return () => answers.shift() ?? refusal(500, { message: 'no more answers' });
}
const placedBodies = (bff: FakeBff) => bff.calls.filter((call) => call.method === 'POST' && call.path === '/orders').map((call) => call.body as PlaceOrderRequest);

describe('checkout when the menu changed since the cart was filled', () => {
  it('shows old → new prices, takes them into the cart, and places the order only when the customer confirms', async () => {
    const page = renderSlice(OrderSlice, {
      slice: 'order',
      path: 'cart',
      session: demoSession('guest'),
      fillCart: (cart) => {
        cart.addItem(restaurant, dal, 2);
        cart.addItem(restaurant, naan, 1);
      },
      bff: {
        'GET /payment-cards': cards,
        'POST /orders': orderAnswers(
          refusal(409, {
            code: 'PRICE_CHANGED',
            message: 'The menu changed since you added these dishes',
            changedLines: [
              { menuItemId: dal.menuItemId, name: dal.name, seenPriceCents: 1150, priceCents: 1275, available: true },
              { menuItemId: naan.menuItemId, name: naan.name, seenPriceCents: 350, priceCents: 350, available: false },
            ],
          }),
          answer(orderAccepted, { orderId, status: 'PENDING' }, 202),
        ),
      },
    });

    await page.findByText('Everyday Visa', { exact: false });
    await page.user.type(page.getByLabelText('Delivery address'), '12 Curry Lane');
    await page.user.click(page.getByRole('button', { name: 'Place order' }));

    const notice = await page.findByRole('alert');
    expect(notice.textContent).toContain('Your order has not been placed.');
    expect(notice.textContent).toMatch(/Dal Makhani: \$11\.50 → \$12\.75/);
    expect(notice.textContent).toContain('Garlic Naan is sold out, so we took it out of your cart.');
    // The cart now holds what can be ordered, at the menu's price: nothing was placed meanwhile.
    expect(page.cart.getSnapshot().lines).toEqual([{ ...dal, unitPriceCents: 1275, quantity: 2 }]);
    expect(page.getByTestId('cart-total').textContent).toBe('$25.50');
    expect(page.events).toEqual([]);

    await page.user.click(page.getByRole('button', { name: 'Confirm and place order' }));
    await expect.poll(() => page.location()).toBe(`/orders/${orderId}`);
    const [seen, confirmed] = placedBodies(page.bff);
    expect(seen?.lines).toEqual([
      { menuItemId: dal.menuItemId, quantity: 2, unitPriceCents: 1150 },
      { menuItemId: naan.menuItemId, quantity: 1, unitPriceCents: 350 },
    ]);
    expect(confirmed?.lines).toEqual([{ menuItemId: dal.menuItemId, quantity: 2, unitPriceCents: 1275 }]);
    expect(page.events).toEqual([{ type: 'order.placed', payload: { orderId } }]);
    expect(page.cart.getSnapshot().lines).toEqual([]);
  });
});
