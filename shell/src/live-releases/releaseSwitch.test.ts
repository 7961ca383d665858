import { describe, expect, it } from 'vitest';
import { localSliceOrigins, parseOriginPatterns } from '../security/sliceOrigins';
import { resolveSliceSources } from '../overrides/sliceSources';
import { orderEntry } from '../slices/testing/outletPage';
import { newReleases, whenToSwitch } from './releaseSwitch';

const allowList = parseOriginPatterns(localSliceOrigins.join(' '));
const catalog = { ...orderEntry('0.1.0+cccccccccc'), name: 'catalog' as const, route: '/catalog', label: 'Restaurants', bffBase: '/bff/catalog' };
const running = resolveSliceSources({ slices: [orderEntry('0.1.0+aaaaaaaaaa'), catalog] }, allowList, {}, []);

describe('which pushed releases a page switches to', () => {
  it('takes a slice whose live release changed, and leaves the others', () => {
    const pushed = resolveSliceSources({ slices: [orderEntry('0.1.0+bbbbbbbbbb'), catalog] }, allowList, {}, []);
    expect(newReleases(running, pushed).map((entry) => entry.version)).toEqual(['0.1.0+bbbbbbbbbb']);
  });

  it('keeps the release it runs rather than switch to one this shell cannot host', () => {
    const pushed = resolveSliceSources({ slices: [orderEntry('0.2.0+dddddddddd', { contractVersion: 3 }), catalog] }, allowList, {}, []);
    expect(pushed.slices[0]?.refusal).toBeDefined();
    expect(newReleases(running, pushed)).toEqual([]);
  });

  it('never switches a slice this browser overrides', () => {
    const override = { order: 'http://localhost:6002/assets/remoteEntry.js' };
    const overridden = resolveSliceSources({ slices: [orderEntry('0.1.0+aaaaaaaaaa'), catalog] }, allowList, override, []);
    const pushed = resolveSliceSources({ slices: [orderEntry('0.1.0+bbbbbbbbbb'), catalog] }, allowList, override, []);
    expect(newReleases(overridden, pushed)).toEqual([]);
  });
});

describe('when a page switches to a new release', () => {
  const quiet = { formInProgress: false };
  it('switches a section off screen at once, whatever made the release', () => {
    expect(whenToSwitch({ ...quiet, onScreen: false, development: false })).toBe('now');
    expect(whenToSwitch({ onScreen: false, development: false, formInProgress: true })).toBe('now');
  });

  it('switches the section on screen at once for a development build, at the next navigation for a deploy or rollback', () => {
    expect(whenToSwitch({ ...quiet, onScreen: true, development: true })).toBe('now');
    expect(whenToSwitch({ ...quiet, onScreen: true, development: false })).toBe('next-navigation');
  });

  it('never swaps the section on screen while the customer fills in its form, development build or not', () => {
    expect(whenToSwitch({ onScreen: true, development: true, formInProgress: true })).toBe('next-navigation');
    expect(whenToSwitch({ onScreen: true, development: false, formInProgress: true })).toBe('next-navigation');
  });
});
