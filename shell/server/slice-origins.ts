import { loadEnv, sliceNames, sliceOrigin } from '@tiffin/topology';
import { formatOriginPattern, localSliceOrigins, parseOriginPatterns, type OriginPattern } from '../src/security/sliceOrigins';

function configurationError(problem: string): Error {
  return new Error(`invalid Tiffin configuration: TIFFIN_SLICE_ORIGINS${problem}`);
}

/** Where the slices are served from, exactly: each slice's origin as the manifest names it. */
function exactSliceOrigins(env: NodeJS.ProcessEnv): string {
  return sliceNames.map((name) => new URL(sliceOrigin(name, env)).origin).join(' ');
}

/**
 * The origins slice code may come from, as CSP host sources: `TIFFIN_SLICE_ORIGINS` (comma- or
 * space-separated, e.g. `https://cdn.tiffin.example,http://localhost:*`), else, on a developer's
 * machine, this machine and the public host the topology serves slices on, any port.
 *
 * `deployed` (Tiffin served over https): the list names origins exactly, by default the slices' own
 * origins. Any port of localhost would let whatever runs on the visitor's machine (or an attacker who
 * gets a script listening there) run as Tiffin's page, so a `:*` pattern stops start-up. A bad entry
 * stops the edge at start-up either way.
 */
export function sliceOriginAllowList(env: NodeJS.ProcessEnv = process.env, { deployed = false }: { deployed?: boolean } = {}): string[] {
  const configured = env.TIFFIN_SLICE_ORIGINS;
  const fallback = deployed ? exactSliceOrigins(env) : [...localSliceOrigins, `http://${loadEnv(env).TIFFIN_PUBLIC_HOST}:*`].join(' ');
  let patterns: OriginPattern[];
  try {
    patterns = parseOriginPatterns(configured ?? fallback);
  } catch (error) {
    throw configurationError(`: ${(error as Error).message}`);
  }
  if (patterns.length === 0) throw configurationError(' lists no origin');
  const anyPort = patterns.find((pattern) => pattern.port === '*');
  if (deployed && anyPort) {
    throw configurationError(`: "${formatOriginPattern(anyPort)}" allows any port; behind https (TIFFIN_PUBLIC_ORIGIN) name each slice origin exactly`);
  }
  return [...new Set(patterns.map(formatOriginPattern))];
}
