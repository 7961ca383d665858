import { useState } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { ManifestGate } from '../manifest/ManifestGate';
import { SessionGate } from '../session/SessionGate';
import { ShellLayout } from '../layout/ShellLayout';
import { importIntoPage } from '../slices/pageRemotes';
import { loadSlice } from '../slices/loadSlice';
import { SliceRegistry } from '../slices/sliceRegistry';
import { ShellContext } from './ShellContext';
import type { ShellServices } from './shellServices';

export function App({ services, queryClient }: { services: ShellServices; queryClient: QueryClient }) {
  const [registry] = useState(() => new SliceRegistry((entry, attempt) => loadSlice(entry, attempt, importIntoPage)));
  return (
    <ShellContext.Provider value={services}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <SessionGate>
            <ManifestGate>{(sources) => <ShellLayout sources={sources} registry={registry} />}</ManifestGate>
          </SessionGate>
        </BrowserRouter>
      </QueryClientProvider>
    </ShellContext.Provider>
  );
}
