import { afterAll, expect, it } from 'vitest';
import { z } from 'zod';
import { createHttpApp } from './app';
import { memoryLogger } from './testing';

const app = createHttpApp({ name: 'test-bff', logger: memoryLogger().logger, trustedResponses: true });
const dish = z.object({ id: z.string(), note: z.string().nullable(), at: z.iso.datetime() });
app.get('/dish', { schema: { response: { 200: dish } } }, async () => ({
  id: 'd1',
  note: null,
  at: '2026-11-23T07:00:00.000Z',
  secret: 'never sent',
}));

afterAll(() => app.close());

it('writes only the declared fields of a trusted answer', async () => {
  const response = await app.inject({ method: 'GET', url: '/dish' });
  expect(response.statusCode).toBe(200);
  expect(response.json()).toEqual({ id: 'd1', note: null, at: '2026-11-23T07:00:00.000Z' });
});
