// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { problemCodes } from '@tiffin/contracts';
import { refusal } from '@tiffin/slice-kit/testing';
import { checkoutPage } from '../testing/checkoutPage';

describe('checkout while the order service is away', () => {
  it('says the order was not placed and nothing was charged, not which part of Tiffin was away', async () => {
    const page = checkoutPage({
      // What the order BFF answers when its circuit to the order service is open.
      placing: refusal(503, { code: problemCodes.serviceUnavailable, subject: 'order', message: "We can't reach your orders right now. Please try again in a few seconds." }),
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
