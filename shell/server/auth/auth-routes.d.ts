import type { FastifyInstance } from 'fastify';
import { type IdentityClient } from './identity-client';
import type { SessionLookup } from './session-lookup';
import type { SignInLimits } from './sign-in-limits';
export interface AuthRoutesOptions {
    identity: IdentityClient;
    sessions: SessionLookup;
    limits: SignInLimits;
    publicOrigin: string;
}
/**
 * Sign-in, the current session and sign-out, on the edge: the only place that sees the session
 * cookie. The identity service checks passwords and keeps sessions; the edge sets the cookie, limits
 * guessing, and answers the page with who is signed in and the CSRF token its calls must echo.
 */
export declare function authRoutes(app: FastifyInstance, options: AuthRoutesOptions): void;
