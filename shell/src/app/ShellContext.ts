import { createContext, useContext } from 'react';
import type { ShellServices } from './shellServices';

export const ShellContext = createContext<ShellServices | null>(null);

export function useShell(): ShellServices {
  const services = useContext(ShellContext);
  if (!services) throw new Error('useShell must be used inside <ShellContext.Provider>');
  return services;
}
