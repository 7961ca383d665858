import { describe, expect, it } from 'vitest';
import { loadEnv } from './config';

const trusted = (value: string | undefined) => loadEnv(value === undefined ? {} : { TIFFIN_TRUSTED_PROXIES: value }).TIFFIN_TRUSTED_PROXIES;

describe('TIFFIN_TRUSTED_PROXIES', () => {
  it('trusts nobody unless told: X-Forwarded-For is then the client’s own say', () => {
    expect(trusted(undefined)).toBeUndefined();
  });

  it('takes the proxies’ addresses and networks', () => {
    expect(trusted(' 10.0.0.0/8, 127.0.0.1 fd00::/8 loopback ')).toEqual(['10.0.0.0/8', '127.0.0.1', 'fd00::/8', 'loopback']);
  });

  it.each([
    ['1', '"1" is not an address, a CIDR, loopback, linklocal or uniquelocal'],
    ['ingress', '"ingress" is not an address'],
    ['10.0.0.0/33', '"10.0.0.0/33" is not an address'],
    [' , ', 'lists no proxy'],
  ])('stops start-up on %j, naming the variable', (value, message) => {
    expect(() => trusted(value)).toThrow(`invalid Tiffin configuration: TIFFIN_TRUSTED_PROXIES: ${message}`);
  });
});
