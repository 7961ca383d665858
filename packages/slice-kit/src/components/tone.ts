/** The shell's colour families for states: each `tk-tone-*` class sets `--tk-tone` and `--tk-tone-soft`. */
export const tones = ['info', 'success', 'warning', 'danger'] as const;
export type Tone = (typeof tones)[number];

export function toneClass(tone: Tone): string {
  return `tk-tone-${tone}`;
}
