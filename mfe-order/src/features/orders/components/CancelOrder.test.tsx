// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { orderAccepted, orderDetails } from '@tiffin/contracts';
import { answer, demoSession, renderSlice } from '@tiffin/slice-kit/testing';
import OrderSlice from '../../../Slice';
import { orderDetailsOf, orderId } from '../testing/orderDetailsFixture';

function orderPage() {
  return renderSlice(OrderSlice, {
    slice: 'order',
    path: orderId,
    session: demoSession('guest'),
    bff: {
      [`GET /orders/${orderId}/details`]: answer(orderDetails, orderDetailsOf('PREPARING')),
      [`POST /orders/${orderId}/cancel`]: answer(orderAccepted, { orderId, status: 'PREPARING' }, 202),
    },
  });
}
const cancels = (page: ReturnType<typeof orderPage>) => page.bff.calls.filter((call) => call.method === 'POST' && call.path.endsWith('/cancel'));

describe('cancelling an order', () => {
  it('asks first, in the page, and cancels nothing until the customer says yes', async () => {
    const page = orderPage();
    await page.user.click(await page.findByRole('button', { name: 'Cancel order' }));

    const question = page.getByRole('alertdialog', { name: 'Cancel this order?' });
    expect(question.textContent).toContain('the hold on your card is released');
    // Focus goes to the safe choice, so a second press of Enter keeps the order.
    expect(document.activeElement).toBe(page.getByRole('button', { name: 'Keep my order' }));
    expect(cancels(page)).toEqual([]);

    await page.user.click(page.getByRole('button', { name: 'Yes, cancel order' }));
    await expect.poll(() => cancels(page).length).toBe(1);
    expect(page.queryByRole('alertdialog')).toBeNull();
  });

  it('keeps the order on "Keep my order" or Escape, and gives focus back to the cancel button', async () => {
    const page = orderPage();
    await page.user.click(await page.findByRole('button', { name: 'Cancel order' }));
    await page.user.click(page.getByRole('button', { name: 'Keep my order' }));
    expect(page.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(page.getByRole('button', { name: 'Cancel order' }));

    await page.user.click(page.getByRole('button', { name: 'Cancel order' }));
    await page.user.keyboard('{Escape}');
    expect(page.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(page.getByRole('button', { name: 'Cancel order' }));
    expect(cancels(page)).toEqual([]);
  });
});
