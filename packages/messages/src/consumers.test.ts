import { expect, it } from 'vitest';
import { checkedQueueTypes, commandReplies, consumerQueueTypes, sagaCommands } from './consumers';

it("gives each saga's queue the replies to the commands it sends, in their order", () => {
  expect(consumerQueueTypes['order.cancel-order-saga']).toEqual(['DeliveryCancelled', 'DeliveryCancelRefused', 'TicketCancelled', 'AuthorizationReversed']);
  for (const [queue, commands] of Object.entries(sagaCommands)) {
    expect(consumerQueueTypes[queue as keyof typeof sagaCommands], queue).toEqual(commands.flatMap((command) => commandReplies[command]));
  }
});

it("takes a subscription's types when they are its queue's, in any order", () => {
  expect(checkedQueueTypes('order.cancel-order-saga', ['TicketCancelled', 'AuthorizationReversed', 'DeliveryCancelled', 'DeliveryCancelRefused'])).toHaveLength(4);
});

it('refuses types its queue does not declare, or that leave a declared one untaken, naming them', () => {
  expect(() => checkedQueueTypes('order.cancel-order-saga', ['DeliveryCancelled', 'DeliveryCancelRefused', 'TicketCancelled', 'CardDeclined'])).toThrow(
    'order.cancel-order-saga takes [DeliveryCancelled, DeliveryCancelRefused, TicketCancelled, CardDeclined], but consumerQueueTypes (packages/messages/src/consumers.ts) gives its queue [DeliveryCancelled, DeliveryCancelRefused, TicketCancelled, AuthorizationReversed]; not declared: CardDeclined; not taken: AuthorizationReversed',
  );
});
