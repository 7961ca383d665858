import { loadEnv } from '@tiffin/topology';
import { formatOriginPattern, localSliceOrigins, parseOriginPatterns } from '../src/security/sliceOrigins';

/**
 * The origins slice code may come from, as CSP host sources: `TIFFIN_SLICE_ORIGINS` (comma- or
 * space-separated, e.g. `https://cdn.tiffin.example,http://localhost:*`), else this machine and the
 * public host the topology serves slices on, any port. A bad entry stops the edge at start-up.
 */
export function sliceOriginAllowList(env: NodeJS.ProcessEnv = process.env): string[] {
  const configured = env.TIFFIN_SLICE_ORIGINS;
  let patterns;
  try {
    patterns = parseOriginPatterns(configured ?? [...localSliceOrigins, `http://${loadEnv(env).TIFFIN_PUBLIC_HOST}:*`].join(' '));
  } catch (error) {
    throw new Error(`invalid Tiffin configuration: TIFFIN_SLICE_ORIGINS: ${(error as Error).message}`);
  }
  if (patterns.length === 0) throw new Error('invalid Tiffin configuration: TIFFIN_SLICE_ORIGINS lists no origin');
  return [...new Set(patterns.map(formatOriginPattern))];
}
