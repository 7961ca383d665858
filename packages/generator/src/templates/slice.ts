import type { Names } from '../names';
import { packageJson, tsconfigJson } from '../workspace-versions';

/**
 * A slice, after mfe-delivery: its package and Vite build through the slice kit, the component the
 * shell mounts, one feature (its BFF's overview, read with react-query through the slice's BFF
 * client) and that feature's component test over a fake of the BFF. Its BFF is generated beside it.
 */
export function sliceFiles(root: string, n: Names, service: Names): Record<string, string> {
  const dir = `mfe-${n.kebab}`;
  const { pascal: P, camel: c, kebab: k, words: w } = n;
  const dependencies = ['react', 'react-dom', 'react-router', '@tanstack/react-query', '@tiffin/contracts', '@tiffin/slice-contract', '@tiffin/slice-kit', 'zod'];
  const devDependencies = ['vite', '@vitejs/plugin-react', '@originjs/vite-plugin-federation', '@types/react', '@types/react-dom'];
  return {
    [`${dir}/package.json`]: packageJson(root, {
      name: `@tiffin/mfe-${k}`,
      scripts: { typecheck: 'tsc -b .', build: 'vite build', 'build:watch': 'vite build --watch', preview: 'vite preview' },
      dependencies,
      devDependencies,
    }),
    [`${dir}/tsconfig.json`]: tsconfigJson(dir, { dependencies, include: ['src', 'vite.config.ts'], browser: true }),
    [`${dir}/vite.config.ts`]: `// By path, not package name: Vite's default config loader hands workspace packages to Node, which
// cannot run their TypeScript source, and the \`vite\` command runs without a custom loader.
import { defineSliceConfig } from '../packages/slice-kit/src/vite';

export default defineSliceConfig('${k}');
`,
    [`${dir}/src/Slice.tsx`]: `import { Route, Routes } from 'react-router';
import type { SliceProps } from '@tiffin/slice-contract';
import { NotFound, SliceProvider } from '@tiffin/slice-kit';
import { OverviewPage } from './features/overview/components/OverviewPage';
// The kit's rules sit in a cascade layer, so this slice's own rules win where both apply.
import '@tiffin/slice-kit/styles.css';
import './${k}.css';

/** The ${w} slice as the shell mounts it at its route. */
export default function ${P}Slice(props: SliceProps) {
  return (
    <SliceProvider slice={props}>
      <Routes>
        <Route index element={<OverviewPage />} />
        <Route path="*" element={<NotFound homeLinkText="Back to ${w}" />} />
      </Routes>
    </SliceProvider>
  );
}
`,
    [`${dir}/src/${k}.css`]: `/* The ${w} slice's own rules; the kit's (tk-*) come first, in their cascade layer. */
.${k}-overview {
  display: grid;
  gap: var(--tk-space-3);
}
`,
    [`${dir}/src/features/overview/api/getOverview.ts`]: `import { queryOptions, useQuery } from '@tanstack/react-query';
import { ${c}Overview, type ${P}Overview } from '@tiffin/contracts/${k}-bff';
import { useSlice, type BffClient } from '@tiffin/slice-kit';

/** GET /overview at the ${w} BFF. */
export function fetchOverview(bff: BffClient, signal?: AbortSignal): Promise<${P}Overview> {
  return bff.get('/overview', ${c}Overview, signal);
}

export function overviewQueryOptions(bff: BffClient) {
  return queryOptions({ queryKey: ['${k}', 'overview'], queryFn: ({ signal }) => fetchOverview(bff, signal) });
}

export function useOverview() {
  const { bff } = useSlice();
  return useQuery(overviewQueryOptions(bff));
}
`,
    [`${dir}/src/features/overview/components/OverviewPage.tsx`]: `import { ProblemMessage, formatDateTime } from '@tiffin/slice-kit';
import { useOverview } from '../api/getOverview';

export function OverviewPage() {
  const overview = useOverview();
  return (
    <section className="tk-page ${k}-overview" aria-labelledby="${k}-heading">
      <h1 id="${k}-heading" className="tk-title">
        ${capitalised(w)}
      </h1>
      {overview.isPending && <p className="tk-muted">Loading…</p>}
      {overview.isError && <ProblemMessage title="This page could not be loaded." error={overview.error} onRetry={() => void overview.refetch()} />}
      {overview.data && (
        <p>
          The ${service.words} service answered at {formatDateTime(overview.data.checkedAt)}.
        </p>
      )}
    </section>
  );
}
`,
    [`${dir}/src/features/overview/components/OverviewPage.test.tsx`]: `// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ${c}Overview } from '@tiffin/contracts/${k}-bff';
import { answer, demoSession, refusal, renderSlice } from '@tiffin/slice-kit/testing';
import ${P}Slice from '../../../Slice';

describe('the ${w} overview', () => {
  it('says when the ${service.words} service answered', async () => {
    const page = renderSlice(${P}Slice, {
      slice: '${k}',
      session: demoSession('guest'),
      bff: { 'GET /overview': answer(${c}Overview, { service: '${service.kebab}', checkedAt: '2026-12-01T09:30:00.000Z' }) },
    });
    expect((await page.findByText(/The ${service.words} service answered at/)).textContent).not.toContain('Invalid');
  });

  it('says in words when the BFF cannot reach it, and offers to try again', async () => {
    const page = renderSlice(${P}Slice, {
      slice: '${k}',
      session: demoSession('guest'),
      bff: { 'GET /overview': refusal(502, { message: "We can't reach ${service.words} right now. Please try again in a moment." }) },
    });
    const alert = await page.findByRole('alert');
    expect(alert.textContent).toContain("We can't reach ${service.words} right now");
    expect(page.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
`,
  };
}

const capitalised = (words: string) => words[0]!.toUpperCase() + words.slice(1);
