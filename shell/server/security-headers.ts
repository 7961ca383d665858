import type { FastifyInstance } from 'fastify';

/**
 * The shell page may run scripts and load styles only from its own origin and the allowed slice
 * origins. The manifest's origins need no entry of their own: the shell refuses any manifest entry
 * off the allow-list, so the policy must not open what the shell would refuse.
 */
export function contentSecurityPolicy(sliceOrigins: readonly string[]): string {
  const code = ["'self'", ...sliceOrigins].join(' ');
  return [
    "default-src 'self'",
    `script-src ${code}`,
    // Slices attach their stylesheet from their own origin when they load.
    `style-src ${code}`,
    `img-src ${code} data:`,
    `font-src ${code}`,
    `connect-src ${code}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // No page may frame the shell (clickjacking); X-Frame-Options says the same to older browsers.
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * nosniff on every answer (a script must be served as one), the CSP and frame refusal on pages; and
 * `/slice-origins.json`, the same allow-list for the shell's own checks of manifest entries and
 * local overrides.
 */
export function secureShell(app: FastifyInstance, sliceOrigins: readonly string[]): void {
  const policy = contentSecurityPolicy(sliceOrigins);
  app.get('/slice-origins.json', async (_request, reply) => reply.header('cache-control', 'no-cache').send({ origins: sliceOrigins }));
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
      reply.header('content-security-policy', policy);
      reply.header('x-frame-options', 'DENY');
    }
    return payload;
  });
}
