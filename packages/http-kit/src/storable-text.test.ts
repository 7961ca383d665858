import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { problem } from '@tiffin/contracts';
import { createHttpApp, type HttpApp } from './app';
import { ProblemError } from './errors';
import { memoryLogger } from './test-logger';

let app: HttpApp;
/** What reached a route: nothing that breaks the rule may. */
const reached: unknown[] = [];

beforeAll(async () => {
  app = createHttpApp({ name: 'kitchen', logger: memoryLogger().logger });
  // No schema for the body: the check does not depend on a route describing its fields.
  app.post('/notes', async (request) => {
    reached.push(request.body);
    return { ok: true };
  });
  app.get('/orders/:orderId', { schema: { params: z.object({ orderId: z.string() }), querystring: z.object({ q: z.string().optional() }) } }, async (request) => {
    reached.push(request.params);
    return { ok: true };
  });
  app.post(
    '/staff/notes',
    {
      onRequest: async () => {
        throw new ProblemError(403, 'only staff may do this');
      },
    },
    async () => ({ ok: true }),
  );
});
afterAll(() => app.close());

const post = (url: string, body: string) => app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: body });
const messageOf = (response: { json(): unknown }) => problem.parse(response.json()).message;

describe('text the database could not store, in any request', () => {
  it.each([
    ['a NUL deep in the body', '{"lines":[{"note":"extra\\u0000spicy"}]}', 'body.lines[0].note: must not contain NUL characters'],
    ['a lone high surrogate', '{"address":"77 Hudson \\ud800St"}', 'body.address: must not contain lone surrogates (it is not valid Unicode)'],
    ['a lone low surrogate', '["fine","\\udc00"]', 'body[1]: must not contain lone surrogates (it is not valid Unicode)'],
    ['a NUL in a field name', '{"lines":{"a\\u0000":1}}', 'body.lines: a field name must not contain NUL characters'],
  ])('refuses %s with a 400 naming the field, before any route sees it', async (_case, body, message) => {
    const before = reached.length;
    const response = await post('/notes', body);
    expect(response.statusCode).toBe(400);
    expect(messageOf(response)).toBe(message);
    expect(reached.length).toBe(before);
  });

  it('refuses them in the query and the path too', async () => {
    const query = await app.inject({ url: '/orders/1?q=tikka%00' });
    expect([query.statusCode, messageOf(query)]).toEqual([400, 'querystring.q: must not contain NUL characters']);
    const param = await app.inject({ url: '/orders/a%00b' });
    expect([param.statusCode, messageOf(param)]).toEqual([400, 'params.orderId: must not contain NUL characters']);
  });

  it('lets every valid text through: other languages, emoji (surrogate pairs), line breaks', async () => {
    const body = { note: 'पनीर 😀 \r\n\t 寿司', nested: [{ ok: 'Ünïcödé' }] };
    const response = await post('/notes', JSON.stringify(body));
    expect(response.statusCode).toBe(200);
    expect(reached.at(-1)).toEqual(body);
  });

  it('still answers a role check first: a caller not allowed learns only that', async () => {
    const response = await post('/staff/notes', '{"note":"\\u0000"}');
    expect([response.statusCode, messageOf(response)]).toEqual([403, 'only staff may do this']);
  });

  it('walks a body nested as deep as the size limit allows without failing', async () => {
    const depth = 30_000;
    const response = await post('/notes', `${'['.repeat(depth)}"\\u0000"${']'.repeat(depth)}`);
    expect(response.statusCode).toBe(400);
    expect(messageOf(response)).toMatch(/^body\[0\]\[0\].*: must not contain NUL characters$/);
  });
});
