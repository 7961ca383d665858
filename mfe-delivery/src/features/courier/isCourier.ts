import type { SliceProps } from '@tiffin/slice-contract';

/** Whether the signed-in person is a courier, who gets the courier screens instead of a customer's. */
export function isCourier(session: SliceProps['session']): boolean {
  return session.identity.role === 'courier';
}
