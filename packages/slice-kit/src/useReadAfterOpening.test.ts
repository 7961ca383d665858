import { describe, expect, it, vi } from 'vitest';
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { readFromNow } from './useReadAfterOpening';

/**
 * A page's query, shown (an observer), whose reads are numbered as they start. The first read comes
 * back only when the test answers it; later ones at once.
 */
function shownQuery() {
  const client = new QueryClient();
  const started: number[] = [];
  let answerFirst = () => {};
  const observer = new QueryObserver(client, {
    queryKey: ['order', 'orders', 'o-1', 'details'],
    queryFn: () => {
      started.push(started.length + 1);
      const read = started.length;
      if (read > 1) return Promise.resolve(read);
      return new Promise<number>((resolve) => (answerFirst = () => resolve(read)));
    },
  });
  const unsubscribe = observer.subscribe(() => {});
  return { client, started, observer, unsubscribe, answerFirst: () => answerFirst() };
}

describe('reading again once the live stream opens', () => {
  it('sends a read that starts after the stream opened, even while the first read is still on its way', async () => {
    const { client, started, observer, unsubscribe, answerFirst } = shownQuery();
    expect(started).toEqual([1]); // the page's first read, in flight when the stream opens
    const reading = readFromNow(client, ['order', 'orders']);
    answerFirst();
    await reading;
    // The first read may have left before the stream opened: a second one was sent after it.
    expect(started).toEqual([1, 2]);
    expect(observer.getCurrentResult().data).toBe(2);
    unsubscribe();
  });

  it('reads once when the first read had already come back', async () => {
    const { client, started, observer, unsubscribe, answerFirst } = shownQuery();
    answerFirst();
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toBe(1));
    await readFromNow(client, ['order', 'orders']);
    expect(started).toEqual([1, 2]);
    expect(observer.getCurrentResult().data).toBe(2);
    unsubscribe();
  });
});
