import type { FastifyReply } from 'fastify';

/**
 * Restaurants and menus may be served from a BFF's cache for this long: a change a restaurant makes
 * reaches customers within a second, while a burst of page loads costs one query, not thousands.
 */
const menuFreshness = 'public, max-age=1';

export function allowShortCaching(reply: FastifyReply): void {
  reply.header('cache-control', menuFreshness);
}
