import { expect, it } from 'vitest';
import { consumerQueueTypes } from './consumers';
import { eventLogOf, eventLogOwnersOf, eventLogs } from './event-logs';

it('gives every owner of an event log the queue on which it answers ReplayEvents', () => {
  for (const owner of Object.keys(eventLogs)) {
    expect(consumerQueueTypes[`${owner}.replay-events` as keyof typeof consumerQueueTypes], owner).toEqual(['ReplayEvents']);
  }
});

it('keeps in some owner’s log every event the order history is made of, so a rebuild can find it', () => {
  const logged = Object.values(eventLogs).flat() as string[];
  for (const type of consumerQueueTypes['order-history.events']) expect(logged, type).toContain(type);
  expect(eventLogOwnersOf(consumerQueueTypes['order-history.events']).sort()).toEqual(['accounting', 'delivery', 'kitchen', 'order']);
});

it('keeps no log for a service that owns none', () => {
  expect(eventLogOf('catalog')).toEqual([]);
  expect(eventLogOf('order')).toContain('OrderCreated');
});
