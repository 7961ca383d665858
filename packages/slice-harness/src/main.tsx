import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
// Resolved by the harness's vite config to the slice's own src/Slice.tsx.
import Slice from 'tiffin-harness:slice';
import { Harness } from './Harness';
import type { HarnessTarget } from './harnessTarget';

declare const __TIFFIN_HARNESS_TARGET__: HarnessTarget;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <BrowserRouter>
        <Harness target={__TIFFIN_HARNESS_TARGET__} Slice={Slice} />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
