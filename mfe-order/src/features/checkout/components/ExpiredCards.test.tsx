// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { orderAccepted, type PaymentCard, type PlaceOrderRequest } from '@tiffin/contracts';
import { answer } from '@tiffin/slice-kit/testing';
import { checkoutPage, orderId } from '../testing/checkoutPage';
const oldVisa: PaymentCard = { id: 'b1c3d5e7-f9a2-4b4c-9d6e-8f0a1b2c3d4e', brand: 'Visa', last4: '1881', expiryMonth: 3, expiryYear: 2025, label: 'Old Visa', expired: true };
const mastercard: PaymentCard = { id: '3e5f7a9b-2c4d-4e6f-8a1b-3c5d7e9f1a2b', brand: 'Mastercard', last4: '4444', expiryMonth: 6, expiryYear: 2029, label: 'Work Mastercard', expired: false };

const checkout = (cards: PaymentCard[]) => checkoutPage({ cards, account: 'asha', placing: answer(orderAccepted, { orderId, status: 'PENDING' }, 202) });

describe('checkout with an expired card on the account', () => {
  it('shows the expired card with the reason, cannot choose it, and pays with the first card that has not expired', async () => {
    const page = checkout([oldVisa, mastercard]);
    const expired = await page.findByRole('radio', { name: /Old Visa/ });
    expect(expired).toHaveProperty('disabled', true);
    expect(expired.getAttribute('aria-describedby') && document.getElementById(expired.getAttribute('aria-describedby')!)?.textContent).toBe('Expired 03/25');
    const usable = page.getByRole('radio', { name: /Work Mastercard/ });
    expect(usable).toHaveProperty('checked', true);

    await page.user.click(expired);
    expect(expired).toHaveProperty('checked', false);
    await page.user.type(page.getByLabelText('Delivery address'), '12 Curry Lane');
    await page.user.click(page.getByRole('button', { name: 'Place order' }));
    await expect.poll(() => page.location()).toBe(`/orders/${orderId}`);
    const placed = page.bff.calls.find((call) => call.method === 'POST' && call.path === '/orders')?.body as PlaceOrderRequest;
    expect(placed.cardId).toBe(mastercard.id);
  });

  it('says so when every card has expired, and places nothing', async () => {
    const page = checkout([oldVisa]);
    await page.findByText('Every card on your account has expired, so this order cannot be paid for.');
    expect(page.getByRole('radio', { name: /Old Visa/ })).toHaveProperty('checked', false);
    expect(page.getByRole('button', { name: 'Place order' })).toHaveProperty('disabled', true);
  });
});
