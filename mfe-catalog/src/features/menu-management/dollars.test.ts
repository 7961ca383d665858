import { describe, expect, it } from 'vitest';
import { centsAsDollars, dollarsAsCents } from './dollars';

describe('prices as staff type them', () => {
  it('reads dollars and cents exactly', () => {
    expect(dollarsAsCents('13.95')).toEqual({ cents: 1395 });
    expect(dollarsAsCents(' $0.29 ')).toEqual({ cents: 29 });
    expect(dollarsAsCents('12')).toEqual({ cents: 1200 });
    expect(dollarsAsCents('12.5')).toEqual({ cents: 1250 });
    expect(dollarsAsCents('1,000.00')).toEqual({ cents: 100_000 });
  });

  it('says what is wrong with what is not a price', () => {
    for (const typed of ['', 'twelve', '12.345', '-3', '1.2.3']) {
      expect(dollarsAsCents(typed), typed).toEqual({ problem: 'Enter a price in dollars, like 12.50' });
    }
    expect(dollarsAsCents('1000.01')).toEqual({ problem: 'A dish can cost at most $1,000.00' });
  });

  it('shows cents as dollars with two decimals', () => {
    expect(centsAsDollars(1395)).toBe('13.95');
    expect(centsAsDollars(400)).toBe('4.00');
  });
});
