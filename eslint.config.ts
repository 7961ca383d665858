import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
// A TypeScript config (ESLint loads it through jiti) so that the boundaries follow the one topology.
import { bffNames, serviceNames, sliceNames, workspaceOf } from './packages/topology/src/topology';

const slices = sliceNames.map((name) => workspaceOf.slice(name).dir);
const services = serviceNames.map((name) => workspaceOf.service(name).dir);
/** Apps are reached over HTTP or federation, never imported: their packages by name. */
const appPackages = [...serviceNames.map(workspaceOf.service), ...bffNames.map(workspaceOf.bff)].map(({ packageName }) => packageName);

/**
 * The boundaries the architecture depends on, kept by lint rather than by hope:
 * a slice never imports another slice, a BFF or a service; a service never imports another service;
 * shared code lives in packages/ and never imports back out of it.
 */
const boundaryZones = [
  ...slices.map((slice) => ({
    target: `./${slice}`,
    from: ['./shell', './bff', './services', ...slices.filter((s) => s !== slice).map((s) => `./${s}`)],
    message: 'A slice reaches other slices, BFFs and services only through contracts and HTTP.',
  })),
  {
    target: './shell/src',
    from: ['./bff', './services', ...slices.map((s) => `./${s}`)],
    message: 'The shell loads slices at run time through federation, never by import.',
  },
  ...services.map((service) => ({
    target: `./${service}`,
    from: ['./shell', './bff', ...slices.map((s) => `./${s}`), ...services.filter((s) => s !== service).map((s) => `./${s}`)],
    message: 'A service talks to other services only through the broker.',
  })),
  {
    target: './bff',
    from: ['./shell', './services', ...slices.map((s) => `./${s}`)],
    message: 'A BFF calls services over HTTP, never by import.',
  },
  {
    target: './packages',
    from: ['./shell', './bff', './services', './e2e', ...slices.map((s) => `./${s}`)],
    message: 'Shared packages flow one way: they never import the apps that use them.',
  },
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.data/**', '**/test-results/**', '**/playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(${appPackages.join('|')})$|^@tiffin/mfe-`,
              message: 'Apps are never imported by name; only @tiffin/ packages under packages/ are shared.',
            },
          ],
        },
      ],
    },
  },
  {
    // The host composes the services into one process for the in-process broker; it is not a service.
    // The edge's fuzz, load and whole-installation tests run the real edge over the real BFFs and
    // services, so they compose them too.
    files: ['services/host/**', 'shell/server/*.fuzz.test.ts', 'shell/server/**/*.load.test.ts', 'shell/server/*.installation.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
