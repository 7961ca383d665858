// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { orderDetails, type OrderPlacement } from '@tiffin/contracts';
import { answer, demoSession, renderSlice } from '@tiffin/slice-kit/testing';
import OrderSlice from '../../../Slice';
import { orderDetailsOf, orderId } from '../testing/orderDetailsFixture';

const at = '2026-12-03T18:00:01.000Z';
const step = (key: OrderPlacement['steps'][number]['key'], label: string, state: OrderPlacement['steps'][number]['state'], detail: string | null = null) => ({
  key,
  label,
  state,
  at: state === 'waiting' ? null : at,
  detail,
});

describe('the order page while the order is being placed', () => {
  it('shows each step of placing it, and asks again until it is placed', async () => {
    const placements: OrderPlacement[] = [
      {
        steps: [
          step('account', 'Your account and card checked', 'done'),
          step('restaurant', 'The restaurant confirmed your order', 'under way'),
          step('kitchen', 'The kitchen has your order', 'waiting'),
          step('card', 'The total held on your card', 'waiting'),
          step('confirmed', 'Order confirmed', 'waiting'),
        ],
      },
      {
        steps: [
          step('account', 'Your account and card checked', 'done'),
          step('restaurant', 'The restaurant confirmed your order', 'done'),
          step('kitchen', 'The kitchen has your order', 'undone', 'The kitchen’s ticket was cancelled'),
          step('card', 'The total held on your card', 'failed', 'Your card was declined by your bank'),
          step('confirmed', 'Order confirmed', 'waiting'),
        ],
      },
    ];
    const statuses = ['CONSUMER_VALIDATED', 'REJECTED'] as const;
    let asked = 0;
    const page = renderSlice(OrderSlice, {
      slice: 'order',
      path: orderId,
      session: demoSession('guest'),
      bff: {
        [`GET /orders/${orderId}/details`]: () => {
          const index = Math.min(asked++, 1);
          return answer(orderDetails, orderDetailsOf(statuses[index]!, null, placements[index]!));
        },
      },
    });
    const steps = await page.findByRole('list', { name: 'Placing your order' });
    expect(steps.textContent).toContain('Your account and card checked');
    // Asked again while it is being placed: the failure and what was given back arrive without a reload.
    await page.findByText('Your card was declined by your bank');
    expect(steps.textContent).toContain('The kitchen’s ticket was cancelled');
    const failed = page.getByText('The total held on your card').closest('li');
    expect(failed?.className).toContain('ord-placement-failed');
  });
});
