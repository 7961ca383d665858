import { useLiveRefetch } from '@tiffin/slice-kit';

/** Reads every delivery query again when the delivery BFF pushes a change; whether the stream is up. */
export function useLiveDeliveries(): boolean {
  return useLiveRefetch(['delivery']);
}
