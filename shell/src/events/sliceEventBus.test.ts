import { describe, expect, it } from 'vitest';
import { createSliceEventBus } from './sliceEventBus';

describe('slice event bus', () => {
  it('delivers an event to every listener of its type only', () => {
    const bus = createSliceEventBus();
    const placed: string[] = [];
    const notes: string[] = [];
    bus.on('order.placed', ({ orderId }) => placed.push(orderId));
    bus.on('order.placed', ({ orderId }) => placed.push(`again ${orderId}`));
    bus.on('notification', ({ message }) => notes.push(message));

    bus.emit('order.placed', { orderId: 'o-1' });

    expect(placed).toEqual(['o-1', 'again o-1']);
    expect(notes).toEqual([]);
  });

  it('stops delivering after the listener unsubscribes', () => {
    const bus = createSliceEventBus();
    const notes: string[] = [];
    const off = bus.on('notification', ({ message }) => notes.push(message));
    bus.emit('notification', { message: 'first', tone: 'info' });
    off();
    bus.emit('notification', { message: 'second', tone: 'info' });
    expect(notes).toEqual(['first']);
  });

  it('still reaches the other listeners when one throws', () => {
    const failures: unknown[] = [];
    const bus = createSliceEventBus((error) => failures.push(error));
    const notes: string[] = [];
    bus.on('notification', () => {
      throw new Error('broken listener');
    });
    bus.on('notification', ({ message }) => notes.push(message));

    bus.emit('notification', { message: 'Added to cart', tone: 'success' });

    expect(notes).toEqual(['Added to cart']);
    expect(failures).toHaveLength(1);
  });
});
