import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createMessage, type Message } from '@tiffin/messages';
import { eventually, publishedMessages } from '@tiffin/service-kit/testing';
import { menuItems } from '../db/schema';
import { seedRestaurants } from '../seed/restaurants';
import { catalogUnderTest, type CatalogUnderTest } from '../testing/catalog-under-test';

type Reply = Message<'OrderDetailsValidated' | 'OrderDetailsRejected'>;

const [bombay, sakura, , , goldenLotus] = seedRestaurants;
const paneer = bombay!.menu[0]!;
const naan = bombay!.menu[6]!;

describe('catalog answering ValidateOrderDetails', () => {
  let catalog: CatalogUnderTest;
  let replies: Reply[];

  beforeAll(async () => {
    catalog = await catalogUnderTest();
    replies = await publishedMessages(catalog.broker, ['OrderDetailsValidated', 'OrderDetailsRejected']);
    await catalog.service.start();
  });
  afterAll(() => catalog.dispose());

  function validate(restaurantId: string, lines: { menuItemId: string; unitPriceCents: number }[]) {
    return createMessage(
      'ValidateOrderDetails',
      'order',
      { orderId: crypto.randomUUID(), restaurantId, lines: lines.map((l) => ({ ...l, quantity: 1 })) },
      'correlation-1',
    );
  }

  async function replyTo(command: Message<'ValidateOrderDetails'>): Promise<Reply> {
    await catalog.broker.publish(command);
    return eventually('the reply', () => replies.find((reply) => reply.payload.orderId === command.payload.orderId));
  }

  it('validates an order the restaurant can cook, keeping the correlation id', async () => {
    const command = validate(bombay!.id, [
      { menuItemId: paneer.id, unitPriceCents: paneer.priceCents },
      { menuItemId: naan.id, unitPriceCents: naan.priceCents },
    ]);
    const reply = await replyTo(command);
    expect(reply).toMatchObject({ type: 'OrderDetailsValidated', source: 'catalog', correlationId: 'correlation-1' });
  });

  it('rejects a sold-out dish with a reason the customer can read', async () => {
    const uni = sakura!.menu.find((item) => !item.available)!;
    const reply = await replyTo(validate(sakura!.id, [{ menuItemId: uni.id, unitPriceCents: uni.priceCents }]));
    expect(reply).toMatchObject({ type: 'OrderDetailsRejected', payload: { reason: 'Seasonal Uni Don is no longer available' } });
  });

  it('rejects a closed restaurant', async () => {
    const dish = goldenLotus!.menu[0]!;
    const reply = await replyTo(validate(goldenLotus!.id, [{ menuItemId: dish.id, unitPriceCents: dish.priceCents }]));
    expect(reply.payload).toMatchObject({ reason: 'Golden Lotus Dim Sum is closed right now' });
  });

  it('sees a dish made unavailable a moment ago', async () => {
    const butterChicken = bombay!.menu[1]!;
    await catalog.service.db.update(menuItems).set({ available: false }).where(eq(menuItems.id, butterChicken.id));
    const reply = await replyTo(
      validate(bombay!.id, [{ menuItemId: butterChicken.id, unitPriceCents: butterChicken.priceCents }]),
    );
    expect(reply.payload).toMatchObject({ reason: 'Butter Chicken is no longer available' });
  });

  it('answers a redelivered command only once', async () => {
    const command = validate(bombay!.id, [{ menuItemId: paneer.id, unitPriceCents: paneer.priceCents }]);
    await catalog.broker.publish(command);
    await catalog.broker.publish(command);
    await replyTo(validate(bombay!.id, [{ menuItemId: naan.id, unitPriceCents: naan.priceCents }]));
    await eventually('the first reply', () => replies.find((r) => r.payload.orderId === command.payload.orderId));
    expect(replies.filter((r) => r.payload.orderId === command.payload.orderId)).toHaveLength(1);
  });
});
