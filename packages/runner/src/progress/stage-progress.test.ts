import { afterEach, describe, expect, it, vi } from 'vitest';
import { progressEveryMs, StageProgress } from './stage-progress';
import { progressLine, readProgressLine } from './progress-line';
import { describeReadinessAnswer } from './readiness-answer';

describe('a start-up stage that is still waiting', () => {
  afterEach(() => vi.useRealTimers());

  it('says every few seconds which parts it waits for, what they are doing and for how long', () => {
    vi.useFakeTimers();
    const said: string[] = [];
    const progress = new StageProgress('services', ['order', 'kitchen', 'catalog'], (line) => said.push(line));
    progress.start();
    progress.doing('order', 'opening and migrating its database');
    progress.ready('catalog');

    vi.advanceTimersByTime(progressEveryMs - 1);
    expect(said).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(said).toEqual(['[start] services … 5 s: waiting for order (opening and migrating its database, 5 s); kitchen (starting, 5 s)']);

    vi.advanceTimersByTime(3_000);
    progress.doing('order', 'subscribing its consumers');
    progress.doing('kitchen', 'starting');
    vi.advanceTimersByTime(1_000);
    progress.doing('kitchen', 'subscribing its consumers');
    vi.advanceTimersByTime(1_000);
    // Parts doing the same thing are said together, with the longest any has been at it.
    expect(said.at(-1)).toBe('[start] services … 10 s: waiting for order, kitchen (subscribing its consumers, 2 s)');

    progress.ready('order');
    progress.ready('kitchen');
    vi.advanceTimersByTime(progressEveryMs * 3);
    // Nothing left to wait for: no more lines (the marker is the count of lines so far).
    expect(said).toHaveLength(2);
    progress.stop();
  });
});

describe('what a part says it is doing', () => {
  it('comes from a progress line of its process, which carries the part and the words', () => {
    expect(readProgressLine(progressLine('order-history', 'opening and migrating its database'))).toEqual({
      part: 'order-history',
      what: 'opening and migrating its database',
    });
    expect(readProgressLine('{"level":40,"msg":"slow query"}')).toBeUndefined();
  });

  it('or from what its readiness URL answers', () => {
    const body = JSON.stringify({ status: 'unavailable', service: 'order', database: 'up', broker: 'disconnected', consumers: { 'order.menu-replica': 'not consuming', 'order.saga': 'consuming' } });
    expect(describeReadinessAnswer(503, body)).toBe('not ready: broker disconnected; order.menu-replica not consuming');
    expect(describeReadinessAnswer(404, 'Not Found')).toBe('answers 404');
  });
});
