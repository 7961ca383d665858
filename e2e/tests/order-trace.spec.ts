import { expect, test, type Browser, type Page } from '@playwright/test';
import { placeApprovedOrder } from './support/placeOrder';
import { signIn } from './support/signIn';

/** The operator's own window, signed in as Noor of operations. */
async function operatorWindow(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  await signIn(context, 'noor');
  return context.newPage();
}

test('an operator opens an order’s saga, follows its trace and sees the spans of every process it went through', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const orderId = await placeApprovedOrder(page, `${Date.now() % 10_000} Trace Street`);

  const operator = await operatorWindow(browser);
  await operator.goto('/ops/traces');
  await operator.getByLabel('Order id or trace id').fill(orderId);
  await operator.getByRole('button', { name: 'Open trace' }).click();
  await expect(operator).toHaveURL(/\/ops\/traces\/[0-9a-f]{32}$/);

  const spans = operator.getByRole('table', { name: 'Spans' });
  await expect(spans).toBeVisible();
  // The order's path through the processes: the edge took the browser's request, the order BFF and
  // the order service placed it, the participants answered the saga's commands.
  const processes = operator.getByRole('list', { name: 'Processes' });
  for (const part of ['edge', 'order-bff', 'order', 'consumer', 'catalog', 'kitchen', 'accounting']) {
    await expect(processes.getByText(part, { exact: true })).toBeVisible();
  }
  await expect(spans.getByRole('rowheader', { name: 'POST /bff/order/*' })).toBeVisible();
  await expect(spans.getByRole('rowheader', { name: 'process ValidateConsumer' })).toBeVisible();
  await expect(spans.getByRole('rowheader', { name: 'process CardAuthorized' })).toBeVisible();
  await operator.screenshot({ path: 'test-results/screenshots/order-trace.png', fullPage: true });

  // The saga's page names the same trace.
  const traceUrl = new URL(operator.url()).pathname;
  await operator.goto(`/ops/sagas/${orderId}`);
  await operator.getByRole('link', { name: traceUrl.split('/').at(-1)! }).click();
  await expect(operator).toHaveURL(new RegExp(`${traceUrl}$`));

  // The overview charts every part's last minutes, sampled from its /metrics.
  await operator.goto('/ops');
  const charts = operator.getByRole('list', { name: 'Parts over time' });
  await expect(charts.getByRole('listitem', { name: 'order', exact: true })).toBeVisible();
  await expect(charts.getByRole('listitem', { name: 'order', exact: true }).getByText('Broker connected')).toBeVisible();
  await expect(charts.getByRole('listitem', { name: 'edge' }).getByText('Up')).toBeVisible();
  await operator.screenshot({ path: 'test-results/screenshots/ops-overview.png', fullPage: true });
});
