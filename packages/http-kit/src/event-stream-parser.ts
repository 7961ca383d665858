import type { ServerSentEvent } from './event-stream';

/**
 * Reads a text/event-stream as it arrives, chunk by chunk (the WHATWG rules, less `retry`): returns
 * the events each chunk completes. Comments (heartbeats) are dropped.
 */
export function createEventStreamParser(): (chunk: string) => ServerSentEvent[] {
  let buffered = '';
  let event: { id?: string; event?: string; data: string[] } = { data: [] };
  return (chunk) => {
    buffered += chunk;
    const complete: ServerSentEvent[] = [];
    let newline: number;
    while ((newline = buffered.search(/\r\n|\n|\r/)) !== -1) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + (buffered.startsWith('\r\n', newline) ? 2 : 1));
      if (line === '') {
        if (event.data.length > 0) complete.push({ ...event, data: event.data.join('\n') });
        event = { data: [] };
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'data') event.data.push(value);
      else if (field === 'id') event.id = value;
      else if (field === 'event') event.event = value;
    }
    return complete;
  };
}
