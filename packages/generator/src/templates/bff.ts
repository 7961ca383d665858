import type { Names } from '../names';
import { packageJson, tsconfigJson } from '../workspace-versions';

/**
 * The slice's BFF, after bff/catalog: defineBff over the topology's calls, a thin server, one route
 * composing its service's answer for the slice (GET /overview), its schema in packages/contracts,
 * and tests on its own and over the real service.
 */
export function bffFiles(root: string, n: Names, service: Names): Record<string, string> {
  const dir = `bff/${n.kebab}`;
  const { pascal: P, camel: c, kebab: k, words: w } = n;
  const serviceEnv = `TIFFIN_${service.kebab.toUpperCase().replaceAll('-', '_')}_SERVICE_URL`;
  const dependencies = ['@tiffin/contracts', '@tiffin/http-kit', '@tiffin/topology', 'fastify', 'zod'];
  const devDependencies = ['@tiffin/demo-accounts', '@tiffin/system-test'];
  return {
    [`${dir}/package.json`]: packageJson(root, {
      name: `@tiffin/${k}-bff`,
      exports: { '.': './src/index.ts' },
      scripts: { typecheck: 'tsc -b .', start: 'tsx src/server.ts' },
      dependencies,
      devDependencies,
    }),
    [`${dir}/tsconfig.json`]: tsconfigJson(dir, { dependencies: [...dependencies, ...devDependencies], include: ['src'] }),
    [`packages/contracts/src/${k}-bff.ts`]: `import { z } from 'zod';

/** ${w} BFF: GET /overview, what the ${w} slice shows first. */
export const ${c}Overview = z.object({ service: z.string(), checkedAt: z.iso.datetime() });
export type ${P}Overview = z.infer<typeof ${c}Overview>;
`,
    [`${dir}/src/app.ts`]: `import { defineBff, type BffOptions, type HttpApp } from '@tiffin/http-kit';
import { getOverview } from './routes/get-overview';

export type ${P}BffOptions = BffOptions;

/** The ${w} slice's backend: what its service answers, shaped for the browser. */
export const buildApp: (options?: ${P}BffOptions) => HttpApp = defineBff({
  name: '${k}',
  routes: [getOverview],
});
`,
    [`${dir}/src/server.ts`]: `import { serveUntilSignalled } from '@tiffin/http-kit';
import { loadEnv, topology } from '@tiffin/topology';
import { buildApp } from './app';

await serveUntilSignalled(buildApp(), { port: topology.bffs${/^\w+$/.test(k) ? `.${k}` : `['${k}']`}.port, host: loadEnv().TIFFIN_BIND_HOST });
`,
    [`${dir}/src/index.ts`]: `export { buildApp, type ${P}BffOptions } from './app';
`,
    [`${dir}/src/routes/get-overview.ts`]: `import { z } from 'zod';
import { ${c}Overview } from '@tiffin/contracts/${k}-bff';
import type { HttpApp, ServiceClient } from '@tiffin/http-kit';

/** What a service's GET /health says when it is up. */
const serviceUp = z.object({ status: z.literal('ok'), service: z.string() });

export function getOverview(app: HttpApp, ${service.camel}: ServiceClient): void {
  app.get('/overview', { schema: { response: { 200: ${c}Overview } } }, async (request) => {
    const health = await ${service.camel}.get('/health', serviceUp, { correlationId: request.id });
    return { service: health.service, checkedAt: new Date().toISOString() };
  });
}
`,
    [`${dir}/src/app.test.ts`]: `import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '@tiffin/demo-accounts';
import { problem } from '@tiffin/contracts';
import { ${c}Overview } from '@tiffin/contracts/${k}-bff';
import { closedPortUrl, memoryLogger, signedInAs, testIdentitySecret } from '@tiffin/http-kit/testing';
import { startBackend } from '@tiffin/system-test';
import { buildApp } from './app';

const signedIn = signedInAs(demoAccounts.guest);
const { logger } = memoryLogger();

describe('${w} BFF on its own', () => {
  it('serves nobody the edge did not vouch for', async () => {
    const app = buildApp({ identitySecret: testIdentitySecret, env: { ${serviceEnv}: await closedPortUrl() }, logger });
    expect((await app.inject({ url: '/overview' })).statusCode).toBe(401);
  });

  it('answers 502 in words when the ${service.words} service is down', async () => {
    const app = buildApp({ identitySecret: testIdentitySecret, env: { ${serviceEnv}: await closedPortUrl() }, logger });
    const response = await app.inject({ url: '/overview', headers: signedIn });
    expect(response.statusCode).toBe(502);
    expect(problem.parse(response.json()).message).toMatch(/^We can't reach /);
  });
});

describe('${w} BFF with the real ${service.words} service', () => {
  let backend: Awaited<ReturnType<typeof startBackend<'${service.kebab}'>>>;
  beforeAll(async () => {
    backend = await startBackend(['${service.kebab}']);
  });
  afterAll(() => backend?.stop());

  it('says the service answered', async () => {
    const app = buildApp({ identitySecret: testIdentitySecret, env: { ${serviceEnv}: backend.urls['${service.kebab}'] }, logger });
    const response = await app.inject({ url: '/overview', headers: signedIn });
    expect(response.statusCode).toBe(200);
    expect(${c}Overview.parse(response.json()).service).toBe('${service.kebab}');
  });
});
`,
  };
}
