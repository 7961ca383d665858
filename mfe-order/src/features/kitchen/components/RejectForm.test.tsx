// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { kitchenTicketList, kitchenTicketMove, type KitchenTicket } from '@tiffin/contracts';
import { answer, demoSession, renderSlice, within } from '@tiffin/slice-kit/testing';
import OrderSlice from '../../../Slice';

const ticket: KitchenTicket = {
  id: '3a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  orderId: '7f2e1d0c-9b8a-4c6d-8e5f-4a3b2c1d0e9f',
  status: 'AWAITING_ACCEPTANCE',
  lines: [{ menuItemId: '0b9f1f8e-8a57-4d4b-9a43-4f1c1a2b3c01', name: 'Dal Makhani', quantity: 2 }],
  totalCents: 2300,
  placedAt: '2026-12-03T18:00:00.000Z',
  updatedAt: '2026-12-03T18:00:00.000Z',
};
const rejectPath = `/kitchen/tickets/${ticket.id}/reject`;

function kitchen() {
  let rejected = false;
  return renderSlice(OrderSlice, {
    slice: 'order',
    path: 'kitchen',
    session: demoSession('bombayStaff'),
    bff: {
      // Once rejected, the ticket leaves the kitchen's active tickets.
      'GET /kitchen/tickets': () => answer(kitchenTicketList, rejected ? [] : [ticket]),
      [`POST ${rejectPath}`]: () => {
        rejected = true;
        return answer(kitchenTicketMove, { ticketId: ticket.id, status: 'REJECTED' });
      },
    },
  });
}

describe('the kitchen rejecting an order', () => {
  it('asks for a reason the customer can read before sending anything', async () => {
    const page = kitchen();
    const card = await page.findByRole('article', { name: 'Order #7F2E1D0C' });
    await page.user.click(within(card).getByRole('button', { name: 'Reject' }));
    const reason = within(card).getByLabelText('Why can’t you make it? The customer reads this.');
    await page.user.type(reason, '  x ');
    await page.user.click(within(card).getByRole('button', { name: 'Reject order' }));

    expect(within(card).getByText('Say in a few words why, for the customer')).toBeTruthy();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(page.bff.calls.filter((call) => call.method === 'POST')).toEqual([]);
  });

  it('sends the trimmed reason, and the ticket leaves the board', async () => {
    const page = kitchen();
    const card = await page.findByRole('article', { name: 'Order #7F2E1D0C' });
    await page.user.click(within(card).getByRole('button', { name: 'Reject' }));
    await page.user.type(within(card).getByRole('textbox'), '  Out of lentils tonight ');
    await page.user.click(within(card).getByRole('button', { name: 'Reject order' }));

    await page.findByText('No orders right now. New ones appear here by themselves.');
    expect(page.bff.calls.filter((call) => call.method === 'POST').map(({ method, path, body }) => ({ method, path, body }))).toEqual([
      { method: 'POST', path: rejectPath, body: { reason: 'Out of lentils tonight' } },
    ]);
  });

  it('keeps the order when the staff change their mind', async () => {
    const page = kitchen();
    const card = await page.findByRole('article', { name: 'Order #7F2E1D0C' });
    await page.user.click(within(card).getByRole('button', { name: 'Reject' }));
    await page.user.click(within(card).getByRole('button', { name: 'Keep the order' }));

    expect(within(card).queryByRole('textbox')).toBeNull();
    expect(within(card).getByRole('button', { name: 'Accept' })).toBeTruthy();
    expect(page.bff.calls.filter((call) => call.method === 'POST')).toEqual([]);
  });
});
