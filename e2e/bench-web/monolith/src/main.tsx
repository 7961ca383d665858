import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from '../../../../shell/src/app/queryClient';
import { ShellContext } from '../../../../shell/src/app/ShellContext';
import { createShellServices } from '../../../../shell/src/app/shellServices';
import { SessionGate } from '../../../../shell/src/session/SessionGate';
import { MonolithLayout } from './MonolithLayout';
import '../../../../shell/src/styles/theme.css';
import '../../../../shell/src/styles/shell.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ShellContext.Provider value={createShellServices(window)}>
      <QueryClientProvider client={createQueryClient()}>
        <BrowserRouter>
          <SessionGate>
            <MonolithLayout />
          </SessionGate>
        </BrowserRouter>
      </QueryClientProvider>
    </ShellContext.Provider>
  </StrictMode>,
);
