import { describe, expect, it } from 'vitest';
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { readFromNow } from './useReadAfterOpening';

/** A page's query, shown (an observer), whose reads each take `ms` and are numbered as they start. */
function shownQuery(ms: number) {
  const client = new QueryClient();
  const started: number[] = [];
  const observer = new QueryObserver(client, {
    queryKey: ['order', 'orders', 'o-1', 'details'],
    queryFn: async () => {
      started.push(started.length + 1);
      const read = started.length;
      await new Promise((resolve) => setTimeout(resolve, ms));
      return read;
    },
  });
  const unsubscribe = observer.subscribe(() => {});
  return { client, started, observer, unsubscribe };
}

describe('reading again once the live stream opens', () => {
  it('sends a read that starts after the stream opened, even while the first read is still on its way', async () => {
    const { client, started, observer, unsubscribe } = shownQuery(50);
    expect(started).toEqual([1]); // the page's first read, in flight when the stream opens
    await readFromNow(client, ['order', 'orders']);
    // The first read may have left before the stream opened: a second one was sent after it.
    expect(started).toEqual([1, 2]);
    expect(observer.getCurrentResult().data).toBe(2);
    unsubscribe();
  });

  it('reads once when the first read had already come back', async () => {
    const { client, started, observer, unsubscribe } = shownQuery(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await readFromNow(client, ['order', 'orders']);
    expect(started).toEqual([1, 2]);
    expect(observer.getCurrentResult().data).toBe(2);
    unsubscribe();
  });
});
