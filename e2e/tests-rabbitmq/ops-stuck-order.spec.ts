import { expect, test } from '@playwright/test';
import { placeOrder } from '../tests/support/placeOrder';
import { signIn } from '../tests/support/signIn';
import { resumeService, stopService } from './support/serviceProcess';

test('an operator finds an order stuck behind a stopped participant, sees it flagged, retries its step and brings the participant back: the order is approved', async ({ browser }) => {
  const customer = await browser.newContext();
  await signIn(customer, 'guest');
  const page = await customer.newPage();
  const operator = await browser.newContext();
  await signIn(operator, 'noor');
  const ops = await operator.newPage();

  stopService('accounting');
  let orderId: string;
  try {
    orderId = await placeOrder(page, `${Date.now() % 10_000} Stuck Street`);
    // The customer watches the steps arrive: checked and confirmed, the kitchen has it, the card waits.
    const placing = page.getByRole('list', { name: 'Placing your order' });
    await expect(placing.getByRole('listitem').filter({ hasText: 'The kitchen has your order' })).toHaveClass(/ord-placement-done/);
    await expect(placing.getByRole('listitem').filter({ hasText: 'The total held on your card' })).toHaveClass(/ord-placement-under-way/);
    await page.screenshot({ path: test.info().outputPath('0-customer-waiting.png'), fullPage: true });
    await ops.goto('/ops/sagas?stuck=true');
    const row = ops.getByRole('row').filter({ hasText: orderId.slice(0, 8) });
    await expect(row).toContainText('Stuck: no progress for');
    await expect(row).toContainText('accounting');
    await ops.screenshot({ path: test.info().outputPath('1-flagged.png'), fullPage: true });
    await ops.goto('/ops');
    await expect(ops.getByRole('list', { name: 'Services' }).getByRole('listitem').filter({ hasText: 'accounting' })).toContainText('Down');
    await expect(ops.getByRole('status').filter({ hasText: /saga(s)? looks? stuck/ })).toBeVisible();
    await ops.screenshot({ path: test.info().outputPath('2-overview.png'), fullPage: true });

    await ops.goto(`/ops/sagas/${orderId}`);
    const steps = ops.getByRole('list', { name: 'Steps' });
    await expect(steps).toContainText(/accounting: AuthorizeCard \([0-9a-f-]{36}\) → no answer yet/);
    await ops.screenshot({ path: test.info().outputPath('3-timeline.png'), fullPage: true });
    // The operator sends the step's command again, in case the one sent was lost; it waits in
    // accounting's queue with the first, and accounting answers the order once whichever it takes.
    await ops.getByRole('button', { name: 'Retry the step' }).click();
    await expect(ops.getByRole('status').filter({ hasText: /^Done: / })).toHaveText('Done: the step’s commands were sent again');
    await expect(steps).toContainText(/accounting: AuthorizeCard \([0-9a-f-]{36}\) sent again .* → no answer yet/);
  } finally {
    resumeService('accounting');
  }

  await expect(ops.getByRole('status').filter({ hasText: 'succeeded' })).toBeVisible();
  await expect(ops.getByRole('list', { name: 'Steps' })).toContainText(/accounting: AuthorizeCard .* sent again .*→ CardAuthorized/);
  await ops.screenshot({ path: test.info().outputPath('4-approved.png'), fullPage: true });
  await expect(page.getByRole('status').filter({ hasText: /^Order confirmed$/ })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Placing your order' }).getByRole('listitem').filter({ hasText: 'The total held on your card' })).toHaveClass(/ord-placement-done/);
  await page.screenshot({ path: test.info().outputPath('5-customer-confirmed.png'), fullPage: true });

  await ops.goto('/ops/audit');
  await expect(ops.getByRole('row').filter({ hasText: `saga ${orderId}` })).toContainText('Retried a saga’s step');
  await customer.close();
  await operator.close();
});
