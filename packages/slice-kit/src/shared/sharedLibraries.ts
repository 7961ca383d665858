/**
 * Libraries the shell provides to every slice, one instance per page. React, the router and
 * react-query hold module-level state (the hooks dispatcher, contexts), so a second copy breaks hooks;
 * zod and the JSX runtime hold none but would otherwise be downloaded again with each slice.
 * The shell registers its own copies (shell/src/slices/sharedScope.ts); a slice's build declares the
 * same names as federation `shared`, so its imports of them resolve to the shell's at run time.
 */
export const sharedLibraries = ['react', 'react-dom', 'react/jsx-runtime', 'react-router', '@tanstack/react-query', 'zod'] as const;
export type SharedLibrary = (typeof sharedLibraries)[number];

/**
 * Libraries the shell provides only in part, so that what no slice uses is tree-shaken from the page
 * as it would be in a monolith: each file under ./surfaces re-exports the names the shell offers.
 * A slice that imports a name outside its library's surface fails its build (see ../vite.ts).
 */
export const sharedSurfaceFiles: Partial<Record<SharedLibrary, string>> = {
  'react-router': 'surfaces/reactRouter.ts',
  '@tanstack/react-query': 'surfaces/reactQuery.ts',
  zod: 'surfaces/zod.ts',
};

/** The npm package a shared library comes from: `react/jsx-runtime` is part of `react`. */
export function sharedLibraryPackage(library: SharedLibrary): string {
  const segments = library.split('/');
  return segments.slice(0, library.startsWith('@') ? 2 : 1).join('/');
}
