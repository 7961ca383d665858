import { defineConfig } from 'vitest/config';

const everyTest = ['*.test.ts', '{packages,services,bff,shell,mfe-*}/**/*.test.{ts,tsx}'];
/** Tests of Tiffin as `pnpm start` runs it, built: `pnpm test:chaos` runs them once the journeys have built it. */
const builtTests = ['**/*.chaos.test.ts'];
/** Tests that need RabbitMQ, several processes or minutes of load: CI runs them, the inner loop does not. */
const systemTests = ['**/*.workspace.test.ts', '**/*.rabbitmq.test.ts', '**/rabbitmq-*.test.ts', '**/*.threads.test.ts', '**/*.fuzz.test.ts', '**/chaos/**'];

// The browser journeys live in e2e/. `all` is what CI runs; `fast` is the inner loop (`pnpm test:fast`):
// pure tests and the functional suites on the embedded back ends only (tested-backends.ts).
export default defineConfig({
  test: {
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'all', include: everyTest, exclude: ['**/node_modules/**', '**/dist/**', ...builtTests] } },
      {
        extends: true,
        test: {
          name: 'fast',
          include: everyTest,
          exclude: ['**/node_modules/**', '**/dist/**', ...systemTests, ...builtTests],
          env: { TIFFIN_TEST_BACKENDS: 'embedded' },
        },
      },
      { extends: true, test: { name: 'chaos', include: builtTests, testTimeout: 900_000 } },
    ],
  },
});
