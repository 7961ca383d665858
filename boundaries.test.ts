import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The import boundaries are the architecture; this proves lint really refuses to cross them.
const eslint = new ESLint({ cwd: import.meta.dirname });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('import boundaries', () => {
  it.each([
    ['a slice importing another slice', 'mfe-catalog/src/probe.ts', "import '../../mfe-order/package.json';"],
    ['a slice importing a BFF', 'mfe-order/src/probe.ts', "import '../../bff/order/package.json';"],
    ['a service importing another service', 'services/delivery/src/probe.ts', "import '../../order/package.json';"],
    ['a shared package importing an app', 'packages/contracts/src/probe.ts', "import '../../../shell/package.json';"],
  ])('rejects %s by path', async (_, filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).toContain('import-x/no-restricted-paths');
  });

  it('rejects a service importing another service by package name', async () => {
    const ids = await ruleIdsFor('services/catalog/src/probe.ts', "export { x } from '@tiffin/order-service';");
    expect(ids).toContain('no-restricted-imports');
  });

  it('lets a slice use the shared contracts', async () => {
    const ids = await ruleIdsFor('mfe-catalog/src/probe.ts', "export { cart } from '@tiffin/slice-contract';");
    expect(ids).toEqual([]);
  });
});
