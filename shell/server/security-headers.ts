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

/** Other sites learn at most that a visitor came from Tiffin, never which order page they were on. */
export const referrerPolicy = 'strict-origin-when-cross-origin';

/**
 * Powerful browser features no screen of Tiffin uses, so no script on its pages (a slice's included)
 * may ask for them; and the one it does, the courier's location, for Tiffin's own page only (never a frame).
 */
export const permissionsPolicy = 'accelerometer=(), camera=(), geolocation=(self), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';

/** A year, renewed by every answer: a browser that once reached Tiffin over https never tries plain http for it again. */
export const strictTransportSecurity = 'max-age=31536000; includeSubDomains';

export interface ShellSecurity {
  sliceOrigins: readonly string[];
  /** Served over https (an https TIFFIN_PUBLIC_ORIGIN): answers also carry HSTS. Never on plain-http development. */
  deployed: boolean;
}

/**
 * nosniff and the referrer policy on every answer (a script must be served as one), HSTS too when
 * deployed; the CSP, frame refusal and permissions policy on pages; and `/slice-origins.json`, the
 * same allow-list for the shell's own checks of manifest entries and local overrides.
 */
export function secureShell(app: FastifyInstance, { sliceOrigins, deployed }: ShellSecurity): void {
  const policy = contentSecurityPolicy(sliceOrigins);
  app.get('/slice-origins.json', async (_request, reply) => reply.header('cache-control', 'no-cache').send({ origins: sliceOrigins }));
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', referrerPolicy);
    if (deployed) reply.header('strict-transport-security', strictTransportSecurity);
    if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
      reply.header('content-security-policy', policy);
      reply.header('x-frame-options', 'DENY');
      reply.header('permissions-policy', permissionsPolicy);
    }
    return payload;
  });
}
