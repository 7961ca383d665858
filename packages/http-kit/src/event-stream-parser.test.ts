import { describe, expect, it } from 'vitest';
import { createEventStreamParser } from './event-stream-parser';
import { formatEvent } from './event-stream';

describe('reading an event stream as it arrives', () => {
  it('gives each event once its blank line has come, however the chunks split it', () => {
    const parse = createEventStreamParser();
    const text = `retry: 1000\n\n: heartbeat\n\n${formatEvent({ id: '7', event: 'order', data: '{"id":"a"}' })}${formatEvent({ data: 'two' })}`;
    const events = [...text].flatMap((character) => parse(character));
    expect(events).toEqual([{ id: '7', event: 'order', data: '{"id":"a"}' }, { data: 'two' }]);
  });

  it('joins data lines and takes CRLF line ends', () => {
    const parse = createEventStreamParser();
    expect(parse('event: note\r\ndata: one\r\ndata:two\r\n\r\n')).toEqual([{ event: 'note', data: 'one\ntwo' }]);
  });
});
