/**
 * Which origins the shell may load slice code from. One allow-list serves three checks: the edge's
 * Content-Security-Policy, the manifest entries the shell accepts and the local overrides a developer
 * may set. A pattern is a CSP host source: `scheme://host` with an optional `:port`, where `:*` allows
 * any port (`http://localhost:*`).
 */
export interface OriginPattern {
  protocol: 'http:' | 'https:';
  hostname: string;
  /** `'*'` for any port; `''` for the scheme's default port. */
  port: string;
}

const patternShape = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\*|\d{1,5}))?$/i;

/** A developer's own machine, on any port: what local overrides and the default topology use. */
export const localSliceOrigins = ['http://localhost:*', 'http://127.0.0.1:*', 'https://localhost:*', 'https://127.0.0.1:*'];

export function parseOriginPattern(text: string): OriginPattern {
  const match = patternShape.exec(text.trim());
  if (!match) {
    throw new Error(`"${text}" is not an origin pattern (expected scheme://host or scheme://host:port, port may be *)`);
  }
  const [, scheme = '', hostname = '', port = ''] = match;
  return { protocol: `${scheme.toLowerCase()}:` as OriginPattern['protocol'], hostname: hostname.toLowerCase(), port };
}

/** A comma- or space-separated list, e.g. the TIFFIN_SLICE_ORIGINS variable. */
export function parseOriginPatterns(list: string): OriginPattern[] {
  return list
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(parseOriginPattern);
}

export function formatOriginPattern(pattern: OriginPattern): string {
  return `${pattern.protocol}//${pattern.hostname}${pattern.port ? `:${pattern.port}` : ''}`;
}

/** Whether code at `url` (an absolute URL) comes from an origin on the list. */
export function isAllowedOrigin(url: string, patterns: readonly OriginPattern[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Credentials in a script URL are never a slice's business, and they hide the real host from a reader.
  if (parsed.username || parsed.password) return false;
  return patterns.some(
    (pattern) =>
      pattern.protocol === parsed.protocol &&
      pattern.hostname === parsed.hostname &&
      (pattern.port === '*' || pattern.port === parsed.port),
  );
}
