import { createContext, useContext } from 'react';
import type { SliceProps } from '@tiffin/contracts';
import type { BffClient } from '../api/bffClient';

export interface CatalogSliceContext extends SliceProps {
  bff: BffClient;
}

export const SliceContext = createContext<CatalogSliceContext | null>(null);

/** Everything the shell lent this slice, plus its BFF client. */
export function useSlice(): CatalogSliceContext {
  const value = useContext(SliceContext);
  if (!value) throw new Error('useSlice must be used inside the catalog slice');
  return value;
}
