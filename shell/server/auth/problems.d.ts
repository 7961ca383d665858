import type { FastifyReply, FastifyRequest } from 'fastify';
/** The edge's own refusals, in the same problem shape every Tiffin app answers with. */
export declare function sendProblem(request: FastifyRequest, reply: FastifyReply, statusCode: number, message: string): FastifyReply;
export declare const signInUnavailableMessage = "sign-in is unavailable right now";
export declare const signInNeededMessage = "sign in to use Tiffin";
export declare const whoUnknownMessage = "Tiffin cannot check who you are right now; try again in a moment";
