import { createContext, useContext } from 'react';
import type { SliceProps } from '@tiffin/contracts';
import type { BffClient } from '../api/bffClient';

export interface OrderSliceContext extends SliceProps {
  bff: BffClient;
}

export const SliceContext = createContext<OrderSliceContext | null>(null);

/** Everything the shell lent this slice, plus its BFF client. */
export function useSlice(): OrderSliceContext {
  const value = useContext(SliceContext);
  if (!value) throw new Error('useSlice must be used inside the order slice');
  return value;
}
