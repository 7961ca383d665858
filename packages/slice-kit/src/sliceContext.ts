import { createContext, useContext } from 'react';
import type { SliceProps } from '@tiffin/slice-contract';
import type { BffClient } from './bffClient';

/** Everything the shell lent a slice, plus the client of that slice's own BFF. */
export interface SliceContextValue extends SliceProps {
  bff: BffClient;
}

export const SliceContext = createContext<SliceContextValue | null>(null);

/** The mounted slice's context; only components rendered inside a `SliceProvider` may ask. */
export function useSlice(): SliceContextValue {
  const value = useContext(SliceContext);
  if (!value) throw new Error('useSlice must be used inside a SliceProvider');
  return value;
}
