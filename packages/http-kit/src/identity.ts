import { createHmac, timingSafeEqual } from 'node:crypto';
import { identity, identityHeader, type Identity, type Role } from '@tiffin/contracts';
import type { FastifyRequest } from 'fastify';
import { ProblemError } from './errors';
import { installationKey } from './installation-key';

/**
 * The edge vouches for the caller to the BFFs with `<payload>.<signature>` in identityHeader: the
 * identity and an expiry, HMAC-SHA256 signed with a secret only the edge and the BFFs read. A BFF
 * listens on loopback, yet a browser on the same machine could still reach it, so a bare header
 * would let anyone be anyone; a signed one cannot be made without the secret.
 */
const lifetimeMs = 60_000;

const encode = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64url');
const signatureOf = (payload: string, secret: string) => createHmac('sha256', secret).update(payload).digest();

export function signIdentity(who: Identity, secret: string, now = Date.now()): string {
  const payload = encode(JSON.stringify({ ...who, exp: now + lifetimeMs }));
  return `${payload}.${encode(signatureOf(payload, secret))}`;
}

/** The identity a header vouches for, or undefined when it is missing, forged, malformed or stale. */
export function verifyIdentity(header: string | undefined, secret: string, now = Date.now()): Identity | undefined {
  if (!header) return undefined;
  const [payload, signature, extra] = header.split('.');
  if (!payload || !signature || extra !== undefined) return undefined;
  const expected = signatureOf(payload, secret);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const exp = (claims as { exp?: unknown }).exp;
  if (typeof exp !== 'number' || exp < now) return undefined;
  const parsed = identity.safeParse(claims);
  return parsed.success ? parsed.data : undefined;
}

/**
 * TIFFIN_IDENTITY_SECRET when set (a deployment sets it on the edge and every BFF); otherwise a key
 * made once in the data directory, so every process of one installation on this machine agrees.
 */
export function identitySecret(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.TIFFIN_IDENTITY_SECRET;
  if (configured) {
    if (configured.length < 32) throw new Error('TIFFIN_IDENTITY_SECRET must be at least 32 characters');
    return configured;
  }
  return installationKey(env, 'identity.key');
}

const verified = new WeakMap<FastifyRequest, Identity>();

/** Called by the BFF's onRequest hook; answers 401 when the edge did not vouch for the caller. */
export function authenticate(request: FastifyRequest, secret: string): Identity {
  const raw = request.headers[identityHeader];
  const who = verifyIdentity(typeof raw === 'string' ? raw : undefined, secret);
  if (!who) throw new ProblemError(401, 'sign in to use Tiffin');
  verified.set(request, who);
  return who;
}

/** The caller of a BFF route, as the edge vouched for them. */
export function identityOf(request: FastifyRequest): Identity {
  const who = verified.get(request);
  if (!who) throw new ProblemError(401, 'sign in to use Tiffin');
  return who;
}

/** The caller, when their role is one of `roles`; anyone else gets 403 naming who may. */
export function requireRole<R extends Role>(request: FastifyRequest, ...roles: R[]): Extract<Identity, { role: R }> {
  const who = identityOf(request);
  if (!(roles as Role[]).includes(who.role)) {
    throw new ProblemError(403, `only ${roles.map((r) => (r === 'staff' ? 'restaurant staff' : `${r}s`)).join(' or ')} may do this`);
  }
  return who as Extract<Identity, { role: R }>;
}
