// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SliceProps } from '@tiffin/slice-contract';
import { loadSlice, type RemoteImporter } from './loadSlice';
import { loadingCueDelayMs } from './SliceLoadingCue';
import { SliceOutlet } from './SliceOutlet';
import { SliceRegistry } from './sliceRegistry';
import { orderEntry, shellPage } from './testing/outletPage';

/** How soon a hung section must offer its error card and Retry. */
const cardWithinMs = 5_000;

/** A slice server that accepts the request for the remote entry and never answers. */
const hungServer: RemoteImporter = () => new Promise(() => undefined);

function OrdersSlice({ basename }: SliceProps) {
  return <h1>Your orders at {basename}</h1>;
}

/** A registry that asks `servers` in turn, one per attempt: what each attempt's URL would get. */
function registryOver(...servers: RemoteImporter[]): SliceRegistry {
  return new SliceRegistry((entry, attempt) => loadSlice(entry, attempt, servers[Math.min(attempt, servers.length - 1)]!));
}
const answering: RemoteImporter = async () => ({ default: OrdersSlice });

const flush = () => act(async () => undefined);
const advance = (ms: number) => act(async () => void vi.advanceTimersByTime(ms));

describe('a section while its code loads', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('shows nothing for 300 ms, then a cue, then — the server hung — its error card with Retry within 5 s', async () => {
    const entry = orderEntry('0.1.0+aaaaaaaaaa');
    const page = await shellPage(<SliceOutlet entry={entry} registry={registryOver(hungServer, answering)} />);
    const cue = () => page.container.querySelector('[role="status"]');
    const card = () => page.container.querySelector('[role="alert"]');

    await advance(loadingCueDelayMs - 1);
    expect(cue()).toBeNull();
    await advance(1);
    expect(cue()?.textContent).toBe('Loading orders…');

    // The guarantee: a way out within 5 s of asking for the section.
    await advance(cardWithinMs - loadingCueDelayMs);
    expect(card()?.querySelector('h1')?.textContent).toBe('The orders section is unavailable right now');

    // Retry asks again (a fresh URL), and this time the server answers.
    await act(async () => card()?.querySelector('button')?.click());
    await flush();
    expect(page.container.querySelector('h1')?.textContent).toBe('Your orders at /orders');
    await page.unmount();
  });

  it('never shows the cue when the code arrives within 300 ms', async () => {
    const page = await shellPage(<SliceOutlet entry={orderEntry('0.1.0+bbbbbbbbbb')} registry={registryOver(answering)} />);
    await flush();
    // The marker: the slice is on screen. Then time passes, and no cue ever came.
    expect(page.container.querySelector('h1')?.textContent).toBe('Your orders at /orders');
    await advance(loadingCueDelayMs * 2);
    expect(page.container.querySelector('[role="status"]')).toBeNull();
    await page.unmount();
  });

  it('tells the customer in plain words that a refused release was not loaded, and the developer why in the console', async () => {
    const refusal = 'The orders section (release 0.2.0+1a2b3c4d5e) needs slice contract version 3; this shell hosts 2.';
    const page = await shellPage(<SliceOutlet entry={orderEntry('0.2.0+1a2b3c4d5e', { refusal })} registry={registryOver(answering)} />);
    await flush();

    const card = page.container.querySelector('[role="alert"]');
    expect(card?.querySelector('h1')?.textContent).toBe('The orders section was not loaded');
    expect(card?.textContent).toContain('This part of Tiffin is being updated and cannot open right now.');
    expect(card?.textContent).not.toMatch(/contract|version|release|allow-list/);
    const logged = vi.mocked(console.error).mock.calls.flat();
    expect(logged.some((argument) => argument instanceof Error && argument.message === refusal)).toBe(true);
    await page.unmount();
  });
});
