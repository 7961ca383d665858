// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { orderSummaryList, type OrderSummary } from '@tiffin/contracts';
import { answer, demoSession, renderSlice, within } from '@tiffin/slice-kit/testing';
import OrderSlice from '../../../Slice';

const dal = { menuItemId: '0b9f1f8e-8a57-4d4b-9a43-4f1c1a2b3c01', name: 'Dal Makhani', unitPriceCents: 1150 };
const naan = { menuItemId: '0b9f1f8e-8a57-4d4b-9a43-4f1c1a2b3c02', name: 'Garlic Naan', unitPriceCents: 350 };

function anOrder(n: number, lines: OrderSummary['lines'], status: OrderSummary['status'], payment: OrderSummary['payment']): OrderSummary {
  const totalCents = lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
  return {
    id: `5d1c0a2b-3e4f-4a5b-8c6d-7e8f9a0b1c2${n}`,
    consumerId: '5c0e1f8e-3b7a-4c52-9d1e-6f2a8b4c7d10',
    restaurantId: 'b686c77f-79ac-460e-94fb-2bb19b8ed16d',
    restaurantName: `Bombay Tiffin House ${n}`,
    status,
    rejectionReason: null,
    lines,
    totalCents,
    payment,
    deliveryAddress: '12 Curry Lane',
    createdAt: `2026-12-0${n}T18:00:00.000Z`,
    updatedAt: `2026-12-0${n}T18:00:00.000Z`,
  };
}

describe('the customer’s list of orders', () => {
  it('counts the items in words and says where each order’s money is, with the amount', async () => {
    const orders = [
      anOrder(1, [{ ...dal, quantity: 1 }], 'APPROVED', { status: 'AUTHORIZED', amountCents: 1150 }),
      anOrder(2, [{ ...dal, quantity: 1 }, { ...naan, quantity: 1 }], 'DELIVERED', { status: 'CAPTURED', amountCents: 1500 }),
      anOrder(3, [{ ...naan, quantity: 3 }], 'DELIVERED', { status: 'REFUNDED', amountCents: 1050 }),
      anOrder(4, [{ ...dal, quantity: 2 }], 'CANCELLED', { status: 'REVERSED', amountCents: 2300 }),
      anOrder(5, [{ ...dal, quantity: 1 }], 'REJECTED', null),
    ];
    const page = renderSlice(OrderSlice, {
      slice: 'order',
      session: demoSession('guest'),
      bff: { 'GET /orders': answer(orderSummaryList, orders) },
    });

    const list = await page.findByRole('list', { name: 'Orders' });
    const line = (n: number) => within(list).getByRole('link', { name: `Bombay Tiffin House ${n}` }).closest('article')?.textContent;
    expect(line(1)).toMatch(/· 1 item · \$11\.50 held on your card/);
    expect(line(2)).toMatch(/· 2 items · \$15\.00 charged/);
    expect(line(3)).toMatch(/· 3 items · \$10\.50 refunded/);
    expect(line(4)).toMatch(/· 2 items · hold of \$23\.00 released/);
    expect(line(5)).toMatch(/· 1 item(?! ·)/);
  });
});
