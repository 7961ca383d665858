import { defineConfig } from 'vitest/config';

// One run for every unit and functional test in the workspace; the browser journeys live in e2e/.
export default defineConfig({
  test: {
    include: ['*.test.ts', '{packages,services,bff,shell,mfe-*}/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
