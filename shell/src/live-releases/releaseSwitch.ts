import type { ShellSliceEntry, SliceSources } from '../overrides/sliceSources';

/**
 * The releases of `incoming` this page should switch to: a slice whose live release is another than
 * the one it runs. One the shell could not host is left out: the page keeps the release it runs (its
 * files stay served) rather than trade a working section for an error card; a reload shows the card.
 * A slice overridden in this browser resolves to the same override and so never switches.
 */
export function newReleases(current: SliceSources, incoming: SliceSources): ShellSliceEntry[] {
  return incoming.slices.filter((entry) => {
    const running = current.slices.find((slice) => slice.name === entry.name);
    return running !== undefined && running.remoteEntry !== entry.remoteEntry && entry.refusal === undefined;
  });
}

export interface SwitchCircumstances {
  /** The slice is the section on screen. */
  onScreen: boolean;
  /** Its new release is a development build (pnpm dev:slice). */
  development: boolean;
  /** The customer has typed into a form of the section on screen since they last navigated. */
  formInProgress: boolean;
}

/**
 * When a page takes a new release of a slice: a section off screen at once (nothing to lose); the one
 * on screen at once for a developer watching their build, otherwise at the customer's next navigation
 * or when they press the notice's button; never while they fill in a form.
 */
export function whenToSwitch({ onScreen, development, formInProgress }: SwitchCircumstances): 'now' | 'next-navigation' {
  if (!onScreen) return 'now';
  if (formInProgress) return 'next-navigation';
  return development ? 'now' : 'next-navigation';
}

/** `sources` with `entry` in place of its slice's current entry. */
export function withRelease(sources: SliceSources, entry: ShellSliceEntry): SliceSources {
  return { ...sources, slices: sources.slices.map((slice) => (slice.name === entry.name ? entry : slice)) };
}
