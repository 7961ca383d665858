// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { orderAccepted, type PlaceOrderRequest } from '@tiffin/contracts';
import { answer, refusal, type FakeBff } from '@tiffin/slice-kit/testing';
import { checkoutPage, dal, naan, orderId, restaurant } from '../testing/checkoutPage';

/** Each POST /orders is answered with the next answer: the menu changed, then the order is taken. */
function orderAnswers(...answers: ReturnType<typeof answer>[]) {
  return () => answers.shift() ?? refusal(500, { message: 'no more answers' });
}
const placedBodies = (bff: FakeBff) => bff.calls.filter((call) => call.method === 'POST' && call.path === '/orders').map((call) => call.body as PlaceOrderRequest);

describe('checkout when the menu changed since the cart was filled', () => {
  it('shows old → new prices, takes them into the cart, and places the order only when the customer confirms', async () => {
    const page = checkoutPage({
      fillCart: (cart) => {
        cart.addItem(restaurant, dal, 2);
        cart.addItem(restaurant, naan, 1);
      },
      placing: orderAnswers(
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
