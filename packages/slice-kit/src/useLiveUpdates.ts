import { useEffect, useRef, useState } from 'react';
import { orderChangeEvent, orderWithdrawnEvent } from '@tiffin/contracts';
import { useSlice } from './sliceContext';

/** One change pushed by the slice's BFF: the event's name, its data (parsed JSON, to check against a contract) and its id. */
export interface LiveChange {
  type: string;
  data: unknown;
  id: string;
}

/** A BFF event stream to follow: its path under the BFF, the events it carries, and where to start. */
export interface LiveStream {
  path: string;
  events: readonly string[];
  /** The change number the page's own read is at: the stream starts after it, so nothing falls between. */
  after?: string;
}

/** A BFF's /live stream: the orders of the signed-in person as they change. */
const ordersStream: LiveStream = { path: '/live', events: [orderChangeEvent, orderWithdrawnEvent] };

/** Waits before opening the stream again after the BFF refused it or could not be reached: doubling, capped, jittered. */
const firstRetryMs = 1_000;
const longestRetryMs = 30_000;

/**
 * Follows one of the slice BFF's event streams (by default `/live`) while the component is mounted
 * and calls `onChange` for each change. Returns whether the stream is up: while it is not, the slice
 * polls as before. A dropped connection is resumed by EventSource itself (sending Last-Event-ID, so
 * nothing is missed); a stream the BFF refused or could not open is opened again with backoff, from
 * the last change seen (`?after=`).
 */
export function useLiveUpdates(onChange: (change: LiveChange) => void, stream: LiveStream = ordersStream): boolean {
  const { bffBase } = useSlice();
  const { path, events } = stream;
  const eventNames = events.join(' ');
  const startAfter = useRef(stream.after);
  const [up, setUp] = useState(false);
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });

  useEffect(() => {
    // Without EventSource (an old browser, a test's DOM) the slice keeps polling.
    if (typeof EventSource === 'undefined') return;
    let source: EventSource | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let lastId = startAfter.current;

    const deliver = (event: MessageEvent<string>) => {
      if (event.lastEventId) lastId = event.lastEventId;
      let data: unknown;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      latest.current({ type: event.type, data, id: event.lastEventId });
    };

    const open = () => {
      const from = lastId ? `?${new URLSearchParams({ after: lastId })}` : '';
      const opened = new EventSource(`${bffBase}${path}${from}`);
      source = opened;
      opened.onopen = () => {
        failures = 0;
        setUp(true);
      };
      for (const name of eventNames.split(' ')) opened.addEventListener(name, deliver);
      opened.onerror = () => {
        setUp(false);
        // CONNECTING: the browser is already resuming it. CLOSED: it gave up (an error answer), so we retry.
        if (opened.readyState !== EventSource.CLOSED) return;
        opened.close();
        const delay = Math.min(longestRetryMs, firstRetryMs * 2 ** failures) * (0.5 + Math.random() / 2);
        failures += 1;
        retry = setTimeout(open, delay);
      };
    };
    open();

    return () => {
      clearTimeout(retry);
      source?.close();
      setUp(false);
    };
  }, [bffBase, path, eventNames]);

  return up;
}
