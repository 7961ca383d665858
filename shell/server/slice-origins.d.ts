/**
 * The origins slice code may come from, as CSP host sources: `TIFFIN_SLICE_ORIGINS` (comma- or
 * space-separated, e.g. `https://cdn.tiffin.example,http://localhost:*`), else this machine and the
 * public host the topology serves slices on, any port. A bad entry stops the edge at start-up.
 */
export declare function sliceOriginAllowList(env?: NodeJS.ProcessEnv): string[];
