import { describe, expect, it } from 'vitest';
import { countOf } from './count';

describe('countOf', () => {
  it('says one thing in the singular and any other number in the plural', () => {
    expect([0, 1, 2].map((n) => countOf(n, 'item'))).toEqual(['0 items', '1 item', '2 items']);
    expect(countOf(3, 'dish', 'dishes')).toBe('3 dishes');
  });
});
