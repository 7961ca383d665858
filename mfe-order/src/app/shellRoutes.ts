/**
 * Where the other sections live in the shell (topology.slices.*.route). Copied, not imported: the
 * topology package also reads the server environment and cannot be bundled for the browser.
 */
export const shellRoutes = {
  catalog: '/catalog',
  delivery: '/delivery',
} as const;
