import type { Names } from '../names';
import { packageJson, tsconfigJson } from '../workspace-versions';

/** What every service has, whatever it does: package, config, the thin server over its app, its test double's maker. */
export function serviceBaseFiles(root: string, n: Names, parts: { dependencies: readonly string[]; devDependencies: readonly string[] }): Record<string, string> {
  const dir = `services/${n.kebab}`;
  return {
    [`${dir}/package.json`]: packageJson(root, {
      name: `@tiffin/${n.kebab}-service`,
      exports: { '.': './src/index.ts' },
      scripts: { typecheck: 'tsc -b .', start: 'tsx src/server.ts', 'db:generate': 'drizzle-kit generate' },
      dependencies: parts.dependencies,
      devDependencies: parts.devDependencies,
    }),
    [`${dir}/tsconfig.json`]: tsconfigJson(dir, { dependencies: [...parts.dependencies, ...parts.devDependencies], include: ['src', 'drizzle.config.ts'] }),
    [`${dir}/drizzle.config.ts`]: `import { defineConfig } from 'drizzle-kit';

// Generates the SQL migrations in drizzle/ from the schema; no database connection needed.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './drizzle',
});
`,
    [`${dir}/src/server.ts`]: `import { runServiceAlone } from '@tiffin/service-kit';
import { create${n.pascal}Service } from './app';

await runServiceAlone('${n.kebab}', create${n.pascal}Service);
`,
    [`${dir}/src/index.ts`]: `export { create${n.pascal}Service, type ${n.pascal}Service, type ${n.pascal}ServiceOptions } from './app';
export { ${n.camel}Schema } from './db/schema';
`,
    [`${dir}/src/context.ts`]: `import type { Db, ServiceContext, Tx } from '@tiffin/service-kit';
import type { ${n.pascal}Schema } from './db/schema';

export type ${n.pascal}Db = Db<${n.pascal}Schema>;
export type ${n.pascal}Tx = Tx<${n.pascal}Schema>;

/** The message source name the ${n.words} service writes on everything it publishes. */
export const ${n.camel}Source = '${n.kebab}';

/** What routes and consumers share. The database exists only once the service has started. */
export type ${n.pascal}Context = ServiceContext<${n.pascal}Schema>;
`,
    [`${dir}/src/testing/${n.kebab}-under-test.ts`]: `import { serviceUnderTest, type ServiceUnderTest } from '@tiffin/service-kit/testing';
import { create${n.pascal}Service, type ${n.pascal}Service } from '../app';

export type ${n.pascal}UnderTest = ServiceUnderTest<${n.pascal}Service>;

/** The real ${n.words} service on its own embedded database and in-process broker, not started yet. */
export function ${n.camel}UnderTest(): Promise<${n.pascal}UnderTest> {
  return serviceUnderTest('${n.kebab}', create${n.pascal}Service);
}
`,
  };
}

/** The service's app: defineService with its schema, migrations, routes and subscriptions. */
export function serviceApp(n: Names, parts: { imports: string; routes: string; subscriptions: string; doc: string }): string {
  return `import { fileURLToPath } from 'node:url';
import { defineService, type Service, type ServiceOptions } from '@tiffin/service-kit';
import { ${n.camel}Schema, type ${n.pascal}Schema } from './db/schema';
${parts.imports}
export type ${n.pascal}ServiceOptions = ServiceOptions;
export type ${n.pascal}Service = Service<${n.pascal}Schema>;

/** ${parts.doc} */
export const create${n.pascal}Service: (options: ${n.pascal}ServiceOptions) => ${n.pascal}Service = defineService({
  name: '${n.kebab}',
  schema: ${n.camel}Schema,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  routes: [${parts.routes}],
  subscriptions: [${parts.subscriptions}],
});
`;
}
