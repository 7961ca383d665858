// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SliceRefusedError } from './remoteSlice';
import { SliceErrorBoundary } from './SliceErrorBoundary';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
const refusal = 'The orders section (release 0.2.0+1a2b3c4d5e) needs slice contract version 3; this shell hosts 2.';

function RefusedSlice(): never {
  throw new SliceRefusedError(refusal);
}

describe('the card of a slice the shell refused to load', () => {
  afterEach(() => vi.restoreAllMocks());

  it('tells the customer in plain words, and keeps the developer’s reason for the console', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const container = document.createElement('div');
    const root = createRoot(container);
    await act(async () =>
      root.render(
        <SliceErrorBoundary label="Orders" resetKey="/orders" onRetry={() => undefined}>
          <RefusedSlice />
        </SliceErrorBoundary>,
      ),
    );

    const card = container.querySelector('[role="alert"]');
    expect(card?.querySelector('h1')?.textContent).toBe('The orders section was not loaded');
    expect(card?.textContent).toContain('This part of Tiffin is being updated and cannot open right now.');
    expect(card?.textContent).not.toMatch(/contract|version|release|allow-list/);
    expect(logged.mock.calls.flat().some((argument) => argument instanceof Error && argument.message === refusal)).toBe(true);
    await act(async () => root.unmount());
  });
});
