import { useEffect, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { loadSliceSources } from '../overrides/loadSliceSources';
import type { SliceSources } from '../overrides/sliceSources';

/** Nothing of the shell can show before it knows its slices and where this browser loads them from. */
export function ManifestGate({ children }: { children: (sources: SliceSources) => ReactNode }) {
  const manifest = useQuery({
    queryKey: ['shell', 'manifest'],
    queryFn: () => loadSliceSources(window),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

  // The customer reads a plain sentence; what went wrong goes to the console.
  useEffect(() => {
    if (manifest.error) console.error('[shell] Tiffin could not start', manifest.error.cause ?? manifest.error);
  }, [manifest.error]);

  if (manifest.data) return children(manifest.data);
  if (manifest.isError) {
    return (
      <main className="shell-startup" role="alert">
        <h1 className="shell-brand-large">Tiffin</h1>
        <p>{manifest.error.message}</p>
        <button type="button" className="shell-button" onClick={() => void manifest.refetch()}>
          Try again
        </button>
      </main>
    );
  }
  return (
    <main className="shell-startup" aria-busy="true">
      <h1 className="shell-brand-large">Tiffin</h1>
      <p role="status">Loading Tiffin…</p>
    </main>
  );
}
