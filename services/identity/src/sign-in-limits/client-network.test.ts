import { describe, expect, it } from 'vitest';
import { clientNetwork } from './client-network';

describe('the network a client’s failed sign-ins count under', () => {
  it('is the IPv4 address itself, however it is written', () => {
    expect(clientNetwork('203.0.113.7')).toBe('203.0.113.7');
    expect(clientNetwork('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('is the /64 of an IPv6 address, so one subscriber cannot start afresh from each of its addresses', () => {
    expect(clientNetwork('2001:db8:85a3:12::8a2e:370:7334')).toBe('2001:db8:85a3:12::/64');
    expect(clientNetwork('2001:0DB8:85A3:0012:ffff:ffff:ffff:1')).toBe('2001:db8:85a3:12::/64');
    expect(clientNetwork('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientNetwork('::1')).toBe('0:0:0:0::/64');
  });

  it('keeps anything else as it was given', () => {
    expect(clientNetwork('unix-socket')).toBe('unix-socket');
  });
});
