import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { onBuildWarning } from './proseAnnotationWarnings';

const zodCore = '/work/node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core';
const annotation = (id: string): Rollup.RollupLog => ({ code: 'INVALID_ANNOTATION', id, message: 'contains an annotation that Rollup cannot interpret' });

function reported(warning: Rollup.RollupLog): boolean {
  let said = false;
  onBuildWarning(warning, () => void (said = true));
  return said;
}

describe('the warnings a front-end build prints', () => {
  it('leaves out the two about zod’s comments that explain its annotations', () => {
    expect(reported(annotation(`${zodCore}/util.js`))).toBe(false);
    expect(reported(annotation(`${zodCore}/regexes.js`))).toBe(false);
  });

  it('still reports a misplaced annotation anywhere else, and every other warning', () => {
    expect(reported(annotation(`${zodCore}/schemas.js`))).toBe(true);
    expect(reported(annotation('/work/wt-live/mfe-order/src/Slice.tsx'))).toBe(true);
    expect(reported({ code: 'CIRCULAR_DEPENDENCY', id: `${zodCore}/util.js`, message: 'circular' })).toBe(true);
  });
});
