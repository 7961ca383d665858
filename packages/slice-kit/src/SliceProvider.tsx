import { useMemo, type ReactNode } from 'react';
import type { SliceProps } from '@tiffin/slice-contract';
import { createBffClient } from './bffClient';
import { SliceContext } from './sliceContext';

interface Props {
  slice: SliceProps;
  children: ReactNode;
}

/**
 * Wraps a slice's routes: lends them the shell's props and a BFF client, and opens the `tk-root`
 * element that maps the shell's design tokens for the slice's styles.
 */
export function SliceProvider({ slice, children }: Props) {
  const { bffBase, session, events } = slice;
  const bff = useMemo(
    () => createBffClient(bffBase, session, { onSessionEnded: () => events.emit('session.ended', {}) }),
    [bffBase, session, events],
  );
  const context = useMemo(() => ({ ...slice, bff }), [slice, bff]);

  return (
    <SliceContext.Provider value={context}>
      <div className="tk-root">{children}</div>
    </SliceContext.Provider>
  );
}
