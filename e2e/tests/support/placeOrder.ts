import { expect, type Page } from '@playwright/test';
import { orderAccepted } from '@tiffin/contracts';

/** The signed-in customer orders one Butter Chicken from Bombay Tiffin House to `address`; the page ends on the order, placed. */
export async function placeOrder(page: Page, address: string): Promise<string> {
  await page.goto('/catalog');
  await page.getByRole('link', { name: 'Bombay Tiffin House' }).click();
  await page.getByRole('button', { name: 'Add to cart: Butter Chicken' }).click();
  await page.getByRole('link', { name: /^Cart: 1 item/ }).click();
  await page.getByLabel('Delivery address').fill(address);
  const placed = page.waitForResponse((r) => r.url().endsWith('/bff/order/orders') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Place order' }).click();
  const { orderId } = orderAccepted.parse(await (await placed).json());
  await expect(page).toHaveURL(new RegExp(`/orders/${orderId}$`));
  return orderId;
}

/** The same order, once it is approved. */
export async function placeApprovedOrder(page: Page, address: string): Promise<string> {
  const orderId = await placeOrder(page, address);
  await expect(page.getByRole('status').filter({ hasText: /^Order confirmed$/ })).toBeVisible();
  return orderId;
}
