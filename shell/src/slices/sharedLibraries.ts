/**
 * Libraries that hold module-level state (React's dispatcher, the router's and react-query's contexts):
 * the shell and every slice must share one instance of each, or hooks inside a slice break.
 */
export const sharedLibraries = ['react', 'react-dom', 'react-router', '@tanstack/react-query'] as const;
