import type { FastifyInstance } from 'fastify';
import { unstorableTextProblem } from '@tiffin/contracts';
import { BadRequestError } from './errors';
import { formatPath } from './validation-message';

type Segment = string | number;

/** A place in the value being walked: its parent's place and its own key, so no path is copied until one is needed. */
interface Place {
  value: unknown;
  parent?: Place;
  segment?: Segment;
}

function pathOf(place: Place | undefined): Segment[] {
  const path: Segment[] = [];
  for (let at = place; at?.segment !== undefined; at = at.parent) path.push(at.segment);
  return path.reverse();
}

/** The first string (or object key) in `value` that PostgreSQL could not store: where it is and why. */
export function findUnstorableText(value: unknown): { path: Segment[]; problem: string } | undefined {
  // Iterative, so a body nested thousands deep (64 KiB allows it) cannot overflow the stack.
  const pending: Place[] = [{ value }];
  for (let place = pending.pop(); place !== undefined; place = pending.pop()) {
    const current = place.value;
    if (typeof current === 'string') {
      const problem = unstorableTextProblem(current);
      if (problem) return { path: pathOf(place), problem };
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index -= 1) pending.push({ value: current[index], parent: place, segment: index });
    } else if (current !== null && typeof current === 'object' && !Buffer.isBuffer(current)) {
      const entries = Object.entries(current);
      for (let index = entries.length - 1; index >= 0; index -= 1) {
        const [key, inner] = entries[index]!;
        const problem = unstorableTextProblem(key);
        if (problem) return { path: pathOf(place), problem: `a field name ${problem}` };
        pending.push({ value: inner, parent: place, segment: key });
      }
    }
  }
  return undefined;
}

/** The request's parts, named as fastify's validation names them in its messages. */
const parts = [
  ['body', 'body'],
  ['querystring', 'query'],
  ['params', 'params'],
] as const;

/**
 * Every string a client sends, in the body, the query or the path, whatever the route's schema says
 * of it, is checked here once for what PostgreSQL cannot store (NUL, lone surrogates), so no route
 * carries such text to its database or outbox to come back as a 5xx. After onRequest (a route's role
 * check still answers first), before the route's own validation.
 */
export function refuseUnstorableText(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const [context, part] of parts) {
      const found = findUnstorableText(request[part]);
      if (found) throw new BadRequestError(`${formatPath(context, found.path)}: ${found.problem}`);
    }
  });
}
