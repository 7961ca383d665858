import type { FastifyInstance } from 'fastify';
/**
 * The shell page may run scripts and load styles only from its own origin and the allowed slice
 * origins. The manifest's origins need no entry of their own: the shell refuses any manifest entry
 * off the allow-list, so the policy must not open what the shell would refuse.
 */
export declare function contentSecurityPolicy(sliceOrigins: readonly string[]): string;
/**
 * nosniff on every answer (a script must be served as one), the CSP and frame refusal on pages; and
 * `/slice-origins.json`, the same allow-list for the shell's own checks of manifest entries and
 * local overrides.
 */
export declare function secureShell(app: FastifyInstance, sliceOrigins: readonly string[]): void;
