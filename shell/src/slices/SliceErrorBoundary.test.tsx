// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { SliceErrorBoundary } from './SliceErrorBoundary';
import { shellPage } from './testing/outletPage';

function CrashingSlice(): never {
  throw new Error('Cannot read properties of undefined (reading "lines")');
}

describe('a slice that crashes while it renders', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows its own error card with Retry, and the developer the crash in the console', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const retried = vi.fn();
    const page = await shellPage(
      <SliceErrorBoundary label="Orders" resetKey="/orders" onRetry={retried}>
        <CrashingSlice />
      </SliceErrorBoundary>,
    );

    const card = page.container.querySelector('[role="alert"]');
    expect(card?.querySelector('h1')?.textContent).toBe('The orders section is unavailable right now');
    expect(card?.textContent).not.toContain('reading "lines"');
    expect(logged.mock.calls.flat().some((argument) => argument instanceof Error && argument.message.includes('reading "lines"'))).toBe(true);
    await act(async () => card?.querySelector('button')?.click());
    expect(retried).toHaveBeenCalledOnce();
    await page.unmount();
  });
});
