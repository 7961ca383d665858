import { useEffect, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { loadSliceSources } from '../overrides/loadSliceSources';
import type { SliceSources } from '../overrides/sliceSources';
import { StartupScreen } from '../layout/StartupScreen';

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
  if (manifest.isError) return <StartupScreen problem={manifest.error.message} onRetry={() => void manifest.refetch()} />;
  return <StartupScreen />;
}
