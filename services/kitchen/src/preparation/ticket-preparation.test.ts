import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '@tiffin/messages';
import { ticket } from '@tiffin/contracts';
import { eventually, publishedMessages } from '@tiffin/service-kit/testing';
import { confirmedTicket } from '../testing/confirmed-ticket';
import { kitchenUnderTest, type KitchenUnderTest } from '../testing/kitchen-under-test';
import { usualPreparationMinutes } from './preparation-times';
import { preparationMinutesOf } from './ticket-preparation';

const butterChicken = '00e6f993-2e86-45e4-ac0a-944de22041a9'; // 16 minutes
const garlicNaan = '36d37be4-94a1-4c27-acc1-855db8672291'; // 6 minutes
const minutes = (n: number) => n * 60_000;

describe('how long the kitchen takes for a ticket', () => {
  it('is its longest dish, the others cooking beside it, and a minute to plate each further portion', () => {
    expect(preparationMinutesOf([{ menuItemId: garlicNaan, quantity: 1 }])).toBe(6);
    expect(preparationMinutesOf([{ menuItemId: butterChicken, quantity: 2 }, { menuItemId: garlicNaan, quantity: 1 }])).toBe(16 + 2);
  });

  it('takes the usual time for a dish the kitchen has no time for (one added since)', () => {
    expect(preparationMinutesOf([{ menuItemId: crypto.randomUUID(), quantity: 1 }])).toBe(usualPreparationMinutes);
  });
});

describe('the kitchen announcing when the food should be ready', () => {
  let kitchen: KitchenUnderTest;
  let events: Message<'TicketAccepted' | 'TicketPreparing'>[];
  let confirmed: Message<'TicketConfirmed'>[];

  beforeAll(async () => {
    kitchen = await kitchenUnderTest();
    events = await publishedMessages(kitchen.broker, ['TicketAccepted', 'TicketPreparing']);
    confirmed = await publishedMessages(kitchen.broker, ['TicketConfirmed']);
    await kitchen.service.start();
  });
  afterAll(() => kitchen.dispose());

  it('on acceptance and again when cooking starts: the ticket’s preparation time from that moment', async () => {
    const lines = [{ menuItemId: butterChicken, quantity: 2 }, { menuItemId: garlicNaan, quantity: 1 }];
    const { id, orderId } = await confirmedTicket(kitchen, confirmed, lines);
    const accepted = ticket.parse((await kitchen.service.app.inject({ method: 'POST', url: `/tickets/${id}/accept` })).json());
    const preparing = ticket.parse((await kitchen.service.app.inject({ method: 'POST', url: `/tickets/${id}/preparing` })).json());

    const announced = await eventually('both estimates', () => {
      const found = events.filter((m) => m.payload.orderId === orderId);
      return found.length === 2 ? found : undefined;
    });
    expect(announced.map((m) => [m.type, m.payload.preparationMinutes, m.payload.readyBy])).toEqual([
      ['TicketAccepted', 18, new Date(Date.parse(accepted.updatedAt) + minutes(18)).toISOString()],
      ['TicketPreparing', 18, new Date(Date.parse(preparing.updatedAt) + minutes(18)).toISOString()],
    ]);
  });
});
