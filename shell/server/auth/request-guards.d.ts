import type { FastifyRequest } from 'fastify';
import { type SignedInSession } from '@tiffin/contracts';
export declare function changesState(request: FastifyRequest): boolean;
/** The session cookie's value, as the browser sent it. */
export declare function sessionTokenOf(request: FastifyRequest): string | undefined;
/**
 * Why a state-changing request may not act for this session, or undefined when it may. The page
 * learnt the CSRF token from the session and echoes it in a header; a foreign site can make the
 * browser send the cookie but can neither read the token nor set the header.
 */
export declare function csrfRefusal(request: FastifyRequest, session: SignedInSession): string | undefined;
/**
 * Whether a browser sent this from another site's page: its Origin is neither the public origin nor
 * the origin it addressed (the Host it called, e.g. 127.0.0.1 instead of localhost). A request
 * without Origin is not a browser's cross-site form or fetch.
 */
export declare function comesFromAnotherSite(request: FastifyRequest, publicOrigin: string): boolean;
