import { describe, expect, it } from 'vitest';
import { checkSliceModule, remoteEntryUrl } from './remoteSlice';

const entry = { name: 'order', remoteEntry: 'http://localhost:5002/remoteEntry.js' } as const;

describe('checkSliceModule', () => {
  it('accepts a module whose default export is a component', () => {
    function OrderSlice() {
      return null;
    }
    expect(checkSliceModule({ default: OrderSlice }, entry).default).toBe(OrderSlice);
  });

  it('accepts the bare component that federation returns for a default-only module', () => {
    function OrderSlice() {
      return null;
    }
    expect(checkSliceModule(OrderSlice, entry).default).toBe(OrderSlice);
  });

  it.each([
    ['no default export', { Slice: () => null }],
    ['a default export that is not a component', { default: { render: true } }],
    ['nothing', undefined],
    ['a string', 'OrderSlice'],
  ])('rejects %s, naming the slice and where it came from', (_, loaded) => {
    expect(() => checkSliceModule(loaded, entry)).toThrow(
      'Slice "order" from http://localhost:5002/remoteEntry.js is not usable',
    );
  });
});

describe('remoteEntryUrl', () => {
  it('uses the manifest URL first and a distinct URL for each retry', () => {
    expect(remoteEntryUrl(entry, 0)).toBe('http://localhost:5002/remoteEntry.js');
    expect(remoteEntryUrl(entry, 2)).toBe('http://localhost:5002/remoteEntry.js?attempt=2');
    expect(remoteEntryUrl({ remoteEntry: 'https://cdn.example/order/remoteEntry.js?v=3' }, 1)).toBe(
      'https://cdn.example/order/remoteEntry.js?v=3&attempt=1',
    );
  });
});
