import { describe, expect, it } from 'vitest';
import { readOverrideParams, remoteEntryFrom, withoutOverrideParams } from './overrideParams';

describe('readOverrideParams', () => {
  it('reads one request per slice.<name> parameter, an empty value meaning clear', () => {
    expect(readOverrideParams('?slice.order=http://localhost:6002&q=dosa&slice.catalog=')).toEqual([
      { slice: 'order', location: 'http://localhost:6002' },
      { slice: 'catalog', location: '' },
    ]);
  });

  it('decodes an encoded URL and ignores a bare prefix', () => {
    expect(readOverrideParams('?slice.=x&slice.order=http%3A%2F%2F127.0.0.1%3A6002%2F')).toEqual([
      { slice: 'order', location: 'http://127.0.0.1:6002/' },
    ]);
  });

  it('finds nothing in an ordinary address', () => {
    expect(readOverrideParams('?orderId=42')).toEqual([]);
  });
});

describe('withoutOverrideParams', () => {
  it('keeps the page’s own parameters', () => {
    expect(withoutOverrideParams('?orderId=42&slice.order=http://localhost:6002')).toBe('?orderId=42');
    expect(withoutOverrideParams('?slice.order=http://localhost:6002')).toBe('');
  });
});

describe('remoteEntryFrom', () => {
  it('appends the build layout to an origin or folder', () => {
    expect(remoteEntryFrom('http://localhost:6002')).toBe('http://localhost:6002/assets/remoteEntry.js');
    expect(remoteEntryFrom('http://localhost:6002/order/2.0.0/')).toBe('http://localhost:6002/order/2.0.0/assets/remoteEntry.js');
  });

  it('takes a URL of a .js file as it is', () => {
    expect(remoteEntryFrom('http://localhost:6002/remoteEntry.js')).toBe('http://localhost:6002/remoteEntry.js');
  });

  it('throws on something that is not a URL', () => {
    expect(() => remoteEntryFrom('localhost-6002')).toThrow();
    expect(() => remoteEntryFrom('localhost:6002')).toThrow('not an http(s) URL');
  });
});
