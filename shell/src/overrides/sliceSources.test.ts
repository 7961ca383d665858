import { describe, expect, it } from 'vitest';
import { sliceContractVersion, type SliceManifest } from '@tiffin/slice-contract';
import { localSliceOrigins, parseOriginPattern } from '../security/sliceOrigins';
import { resolveSliceSources } from './sliceSources';

const entry = (name: 'catalog' | 'order' | 'delivery', label: string, port: number) => ({
  name,
  route: `/${name}`,
  label,
  remoteEntry: `http://localhost:${port}/assets/remoteEntry.js`,
  exposedModule: './Slice' as const,
  version: '0.1.0',
  contractVersion: sliceContractVersion,
  bffBase: `/bff/${name}`,
});
const manifest: SliceManifest = { slices: [entry('catalog', 'Restaurants', 5001), entry('order', 'Orders', 5002)] };
const local = localSliceOrigins.map(parseOriginPattern);

describe('resolveSliceSources', () => {
  it('refuses a manifest entry built against a slice contract this shell cannot host', () => {
    const future = { ...entry('order', 'Orders', 5002), contractVersion: 99 };
    const sources = resolveSliceSources({ slices: [entry('catalog', 'Restaurants', 5001), future] }, local, {}, []);
    expect(sources.slices[0]?.refusal).toBeUndefined();
    expect(sources.slices[1]?.refusal).toMatch(/needs slice contract version 99; this shell hosts 2/);
    // Said in the console only: the page's notice is read by customers too.
    expect(sources.refusals).toEqual([]);
  });

  it('loads every slice from the manifest when nothing is overridden', () => {
    const sources = resolveSliceSources(manifest, local, {}, []);
    expect(sources.slices).toEqual(manifest.slices);
    expect(sources.overrides).toEqual([]);
    expect(sources.refusals).toEqual([]);
  });

  it('points one slice at a local build and stores it, leaving the others on the manifest', () => {
    const sources = resolveSliceSources(manifest, local, {}, [{ slice: 'order', location: 'http://localhost:6002' }]);
    expect(sources.slices.map((s) => s.remoteEntry)).toEqual([
      'http://localhost:5001/assets/remoteEntry.js',
      'http://localhost:6002/assets/remoteEntry.js',
    ]);
    expect(sources.overrides).toEqual([{ slice: 'order', label: 'Orders', remoteEntry: 'http://localhost:6002/assets/remoteEntry.js' }]);
    expect(sources.stored).toEqual({ order: 'http://localhost:6002/assets/remoteEntry.js' });
  });

  it('keeps a stored override on later page loads and clears it on request', () => {
    const stored = { order: 'http://localhost:6002/assets/remoteEntry.js' };
    expect(resolveSliceSources(manifest, local, stored, []).overrides.map((o) => o.slice)).toEqual(['order']);
    const cleared = resolveSliceSources(manifest, local, stored, [{ slice: 'order', location: '' }]);
    expect(cleared.overrides).toEqual([]);
    expect(cleared.stored).toEqual({});
    expect(cleared.slices[1]?.remoteEntry).toBe('http://localhost:5002/assets/remoteEntry.js');
  });

  it('refuses an override outside the allow-list, naming its origin, and stores nothing', () => {
    const sources = resolveSliceSources(manifest, local, {}, [{ slice: 'order', location: 'https://evil.example/order' }]);
    expect(sources.overrides).toEqual([]);
    expect(sources.stored).toEqual({});
    expect(sources.refusals).toEqual([
      'The order override https://evil.example is not on the allow-list of slice origins; it was refused.',
    ]);
  });

  it('refuses overrides of unknown slices and of things that are not URLs', () => {
    const sources = resolveSliceSources(manifest, local, {}, [
      { slice: 'payments', location: 'http://localhost:6009' },
      { slice: 'order', location: 'localhost:6002' },
    ]);
    expect(sources.refusals).toEqual([
      'No slice is called "payments"; the override was ignored.',
      'The order override "localhost:6002" is not a URL; it was ignored.',
    ]);
  });

  it('drops a stored override the allow-list no longer accepts', () => {
    const onlyCdn = [parseOriginPattern('https://cdn.tiffin.example'), parseOriginPattern('http://localhost:5002')];
    const sources = resolveSliceSources(
      { slices: [entry('order', 'Orders', 5002)] },
      onlyCdn,
      { order: 'http://localhost:6002/assets/remoteEntry.js' },
      [],
    );
    expect(sources.overrides).toEqual([]);
    expect(sources.stored).toEqual({});
    expect(sources.slices[0]?.remoteEntry).toBe('http://localhost:5002/assets/remoteEntry.js');
  });

  it('refuses a manifest entry outside the allow-list and says why, for the console', () => {
    const offList = { slices: [manifest.slices[0]!, { ...manifest.slices[1]!, remoteEntry: 'https://evil.example/remoteEntry.js' }] };
    const sources = resolveSliceSources(offList, local, {}, []);
    expect(sources.slices[0]?.refusal).toBeUndefined();
    expect(sources.slices[1]?.refusal).toBe(
      'The manifest points the orders section at https://evil.example, which is not on the allow-list of slice origins.',
    );
    expect(sources.refusals).toEqual([]);
  });
});
