import { expect, test } from '@playwright/test';
import { createRabbitMqBroker } from '@tiffin/broker';
import { cardAuthorization } from '@tiffin/contracts';
import { createMessage } from '@tiffin/messages';
import { signIn } from '../tests/support/signIn';
import { rabbitMqRun } from './support/rabbitMqRun';

test('dead letters RabbitMQ holds are listed, one is read as text, and ten are replayed in one action: each handled once', async ({ browser }) => {
  const run = rabbitMqRun();
  const broker = await createRabbitMqBroker({ url: run.amqpUrl, exchange: run.exchange });
  const operator = await browser.newContext();
  await signIn(operator, 'noor');
  const ops = await operator.newPage();
  const orders = Array.from({ length: 10 }, () => crypto.randomUUID());
  const paymentOf = async (orderId: string) => {
    const response = await ops.request.get(`/bff/ops/orders/${orderId}/payment`);
    return response.status() === 404 ? undefined : cardAuthorization.parse(await response.json());
  };

  try {
    // Deliveries that overtook their orders' card authorisations: accounting cannot charge what it
    // does not hold, retries, and gives up on each, a dead letter in RabbitMQ.
    for (const orderId of orders) await broker.publish(createMessage('DeliveryDelivered', 'delivery', { orderId, deliveryId: crypto.randomUUID() }));
    await ops.goto('/ops/dead-letters?service=accounting');
    const letters = ops.getByRole('table', { name: 'Dead letters' }).getByRole('row').filter({ hasText: 'holds no card authorisation' });
    await expect(async () => {
      await ops.reload();
      await expect(letters).toHaveCount(10, { timeout: 1_000 });
    }).toPass({ timeout: 60_000 });
    await ops.screenshot({ path: test.info().outputPath('1-letters.png'), fullPage: true });

    await letters.first().getByRole('button').click();
    const body = ops.getByRole('complementary').locator('pre');
    await expect(body).toContainText('"type": "DeliveryDelivered"');
    const text = await body.textContent();
    expect(orders.some((orderId) => text?.includes(orderId))).toBe(true);
    await ops.screenshot({ path: test.info().outputPath('2-letter.png'), fullPage: true });

    // The authorisations arrive late: now accounting holds each order, and the letters can be replayed.
    for (const orderId of orders) {
      await broker.publish(createMessage('AuthorizeCard', 'order', { orderId, consumerId: crypto.randomUUID(), cardId: crypto.randomUUID(), paymentToken: 'tok_visa', totalCents: 1_000 }));
    }
    await expect.poll(async () => (await Promise.all(orders.map(paymentOf))).every((payment) => payment?.status === 'AUTHORIZED'), { timeout: 30_000 }).toBe(true);

    await ops.getByRole('checkbox', { name: 'Pick every letter shown' }).check();
    await ops.getByRole('button', { name: 'Replay' }).click();
    await expect(ops.getByRole('status').filter({ hasText: /^Done: / })).toHaveText('Done: replayed 10 of 10');
    await expect.poll(async () => (await Promise.all(orders.map(paymentOf))).map((payment) => [payment?.status, payment?.capturedCents]), { timeout: 30_000 }).toEqual(
      orders.map(() => ['CAPTURED', 1_000]),
    );
    await ops.reload();
    await expect(ops.getByText('No dead letters.')).toBeVisible();
    await ops.screenshot({ path: test.info().outputPath('3-replayed.png'), fullPage: true });
  } finally {
    await broker.close();
    await operator.close();
  }
});
