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
/** A developer's own machine, on any port: what local overrides and the default topology use. */
export declare const localSliceOrigins: string[];
export declare function parseOriginPattern(text: string): OriginPattern;
/** A comma- or space-separated list, e.g. the TIFFIN_SLICE_ORIGINS variable. */
export declare function parseOriginPatterns(list: string): OriginPattern[];
export declare function formatOriginPattern(pattern: OriginPattern): string;
/** Whether code at `url` (an absolute URL) comes from an origin on the list. */
export declare function isAllowedOrigin(url: string, patterns: readonly OriginPattern[]): boolean;
