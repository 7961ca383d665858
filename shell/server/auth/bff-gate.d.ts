import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionLookup } from './session-lookup';
export interface BffGate {
    /** onRequest for one BFF's routes: 401 without a session, 403 without the CSRF token when it matters. */
    check(bff: string): (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply | undefined>;
    /** The headers the BFF gets: none of the browser's x-tiffin-* nor its cookies; the identity, signed. */
    forwardedHeaders(request: FastifyRequest, headers: IncomingHttpHeaders): IncomingHttpHeaders;
}
/**
 * What stands between the browser and the BFFs: the caller is settled here, from the session cookie,
 * and vouched for to the BFF with a signed header. Whatever identity the browser claims is dropped.
 */
export declare function createBffGate(options: {
    sessions: SessionLookup;
    identitySecret: string;
}): BffGate;
