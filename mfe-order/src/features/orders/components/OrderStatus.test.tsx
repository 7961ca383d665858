// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { orderDetails } from '@tiffin/contracts';
import { answer, demoSession, renderSlice } from '@tiffin/slice-kit/testing';
import OrderSlice from '../../../Slice';
import { orderDetailsOf, orderId } from '../testing/orderDetailsFixture';

const pageOf = (details: ReturnType<typeof orderDetailsOf>) =>
  renderSlice(OrderSlice, { slice: 'order', path: orderId, session: demoSession('guest'), bff: { [`GET /orders/${orderId}/details`]: answer(orderDetails, details) } });

describe('the order page’s headline and payment', () => {
  it('headlines the status in words, never its code', async () => {
    const page = pageOf(orderDetailsOf('READY_FOR_PICKUP'));
    expect((await page.findByRole('status')).textContent).toBe('Ready for pickup');
    expect(page.container.textContent).not.toMatch(/READY_FOR_PICKUP|[A-Z]{3,}_[A-Z]/);
  });

  it('says the money was charged at delivery, with the amount', async () => {
    const page = pageOf(orderDetailsOf('DELIVERED', { status: 'CAPTURED', amountCents: 2650, declineReason: null }));
    expect((await page.findByRole('status')).textContent).toBe('Delivered');
    await page.findByText('$26.50 was charged to your card');
  });

  it('says a refund was made, with the amount', async () => {
    const page = pageOf(orderDetailsOf('DELIVERED', { status: 'REFUNDED', amountCents: 2650, declineReason: null }));
    await page.findByText('$26.50 was refunded to your card');
  });
});
