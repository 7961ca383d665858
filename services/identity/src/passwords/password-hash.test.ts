import { describe, expect, it } from 'vitest';
import { hashPassword, passwordMatches } from './password-hash';

describe('password hashes', () => {
  it('matches the password hashed and nothing else', async () => {
    const stored = await hashPassword('tiffin-demo');
    expect(await passwordMatches('tiffin-demo', stored)).toBe(true);
    expect(await passwordMatches('tiffin-demo ', stored)).toBe(false);
    expect(await passwordMatches('', stored)).toBe(false);
  });

  it('salts each hash on its own: one password hashed twice gives two different hashes', async () => {
    const first = await hashPassword('tiffin-demo');
    const second = await hashPassword('tiffin-demo');
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
    expect(first.hash).not.toContain('tiffin-demo');
  });
});
