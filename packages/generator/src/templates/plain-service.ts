import type { Names } from '../names';
import { serviceApp, serviceBaseFiles } from './service-base';

/**
 * A service that owns data and answers over HTTP, publishing nothing yet: entries written with
 * `POST /entries` and read back with `GET /entries/:entryId`, its HTTP schemas in packages/contracts.
 * What an entry is becomes the service's own domain once its team names it.
 */
export function plainServiceFiles(root: string, n: Names): Record<string, string> {
  const dir = `services/${n.kebab}`;
  const { pascal: P, camel: c, kebab: k, words: w } = n;
  return {
    ...serviceBaseFiles(root, n, {
      dependencies: ['@tiffin/contracts', '@tiffin/http-kit', '@tiffin/service-kit', 'drizzle-orm', 'zod'],
      devDependencies: ['drizzle-kit'],
    }),
    [`${dir}/src/app.ts`]: serviceApp(n, {
      imports: `import { entryRoutes } from './routes/entry-routes';
`,
      routes: 'entryRoutes',
      subscriptions: '',
      doc: `The ${w} service: its entries, its own data.`,
    }),
    [`packages/contracts/src/${k}.ts`]: `import { z } from 'zod';
import { id } from './common';
import { freeText } from './text';

export const ${c}Entry = z.object({ id, title: z.string(), createdAt: z.iso.datetime() });
export type ${P}Entry = z.infer<typeof ${c}Entry>;

/** ${w} service: POST /entries */
export const new${P}Entry = z.object({ title: freeText().trim().min(1).max(200) });
/** ${w} service: GET /entries/:entryId */
export const ${c}EntryParams = z.object({ entryId: id });
`,
    [`${dir}/src/db/schema.ts`]: `import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** What the ${w} service keeps. */
export const entries = pgTable('entries', {
  id: uuid('id').primaryKey(),
  title: text('title').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const ${c}Schema = { entries };
export type ${P}Schema = typeof ${c}Schema;
`,
    [`${dir}/src/routes/entry-routes.ts`]: `import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { problem } from '@tiffin/contracts';
import { ${c}Entry, ${c}EntryParams, new${P}Entry, type ${P}Entry } from '@tiffin/contracts/${k}';
import { NotFoundError, type HttpApp } from '@tiffin/http-kit';
import type { ${P}Context } from '../context';
import { entries } from '../db/schema';

const shown = (row: typeof entries.$inferSelect): ${P}Entry => ({ ...row, createdAt: row.createdAt.toISOString() });

export function entryRoutes(app: HttpApp, context: ${P}Context): void {
  app.post('/entries', { schema: { body: new${P}Entry, response: { 201: ${c}Entry, 400: problem } } }, async (request, reply) => {
    const [row] = await context.db.insert(entries).values({ id: randomUUID(), title: request.body.title }).returning();
    return reply.code(201).send(shown(row!));
  });
  app.get('/entries/:entryId', { schema: { params: ${c}EntryParams, response: { 200: ${c}Entry, 400: problem, 404: problem } } }, async (request) => {
    const [row] = await context.db.select().from(entries).where(eq(entries.id, request.params.entryId));
    if (!row) throw new NotFoundError(\`entry \${request.params.entryId} does not exist\`);
    return shown(row);
  });
}
`,
    [`${dir}/src/routes/entry-routes.test.ts`]: `import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ${c}Entry } from '@tiffin/contracts/${k}';
import { ${c}UnderTest, type ${P}UnderTest } from '../testing/${k}-under-test';

describe('the ${w} service’s entries', () => {
  let ${c}: ${P}UnderTest;
  beforeAll(async () => {
    ${c} = await ${c}UnderTest();
    await ${c}.service.start();
  });
  afterAll(() => ${c}.dispose());

  const inject = (method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
    ${c}.service.app.inject({ method, url, ...(payload ? { payload } : {}) });

  it('keeps an entry and reads it back', async () => {
    const created = await inject('POST', '/entries', { title: 'First' });
    expect(created.statusCode).toBe(201);
    const entry = ${c}Entry.parse(created.json());
    const read = await inject('GET', \`/entries/\${entry.id}\`);
    expect(${c}Entry.parse(read.json())).toEqual(entry);
  });

  it('answers 400 naming a missing title, 404 naming an unknown entry', async () => {
    const bad = await inject('POST', '/entries', {});
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/body\\.title/);
    const unknown = crypto.randomUUID();
    const missing = await inject('GET', \`/entries/\${unknown}\`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toBe(\`entry \${unknown} does not exist\`);
  });
});
`,
  };
}
