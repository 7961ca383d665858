import type { Tone } from '@tiffin/slice-kit';

/** A saga's or a step's state as a colour. */
export function stateTone(state: string): Tone {
  if (state === 'succeeded' || state === 'done') return 'success';
  if (state === 'compensated' || state === 'failed') return 'danger';
  if (state === 'not reached') return 'info';
  return 'warning';
}
