import { describe, expect, it } from 'vitest';
import { formatOriginPattern, isAllowedOrigin, localSliceOrigins, parseOriginPattern, parseOriginPatterns } from './sliceOrigins';

const local = localSliceOrigins.map(parseOriginPattern);

describe('isAllowedOrigin with the local default', () => {
  it.each([
    'http://localhost:6002/assets/remoteEntry.js',
    'http://127.0.0.1:5001/assets/remoteEntry.js',
    'http://localhost/remoteEntry.js',
    'https://localhost:8443/order/remoteEntry.js',
  ])('accepts %s', (url) => {
    expect(isAllowedOrigin(url, local)).toBe(true);
  });

  it.each([
    ['another host', 'http://evil.example:6002/assets/remoteEntry.js'],
    ['a host that only starts like localhost', 'http://localhost.evil.example/remoteEntry.js'],
    ['credentials hiding the host', 'http://localhost:80@evil.example/remoteEntry.js'],
    ['a user name on localhost', 'http://dev@localhost:6002/remoteEntry.js'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a data: URL', 'data:text/javascript,alert(1)'],
    ['a relative path', '/assets/remoteEntry.js'],
  ])('refuses %s', (_, url) => {
    expect(isAllowedOrigin(url, local)).toBe(false);
  });
});

describe('isAllowedOrigin with exact origins', () => {
  const cdn = parseOriginPatterns('https://cdn.tiffin.example, http://10.0.0.5:5002');

  it('matches scheme, host and port exactly', () => {
    expect(isAllowedOrigin('https://cdn.tiffin.example/order/1.4.0/remoteEntry.js', cdn)).toBe(true);
    expect(isAllowedOrigin('http://10.0.0.5:5002/assets/remoteEntry.js', cdn)).toBe(true);
    expect(isAllowedOrigin('http://cdn.tiffin.example/order/remoteEntry.js', cdn)).toBe(false);
    expect(isAllowedOrigin('https://cdn.tiffin.example:8443/order/remoteEntry.js', cdn)).toBe(false);
    expect(isAllowedOrigin('http://10.0.0.5:5003/assets/remoteEntry.js', cdn)).toBe(false);
  });

  it('treats an explicit default port as the default port', () => {
    expect(isAllowedOrigin('https://cdn.tiffin.example:443/remoteEntry.js', cdn)).toBe(true);
  });
});

describe('parseOriginPattern', () => {
  it('round-trips a pattern in CSP host-source form', () => {
    expect(parseOriginPatterns('HTTP://LocalHost:*  https://cdn.tiffin.example').map(formatOriginPattern)).toEqual([
      'http://localhost:*',
      'https://cdn.tiffin.example',
    ]);
  });

  it.each(['localhost:6002', 'http://localhost:6002/assets', 'ftp://localhost', 'http://*.example', "http://a.example 'unsafe-inline'"])(
    'rejects %s, naming it',
    (text) => {
      expect(() => parseOriginPatterns(text)).toThrow(/is not an origin pattern/);
    },
  );
});
