import path from 'node:path';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { missingNames, readSurface } from './sharedSurfaceCheck';

const parse = (code: string) => parseAst(code) as never;
const surfaces = path.join(import.meta.dirname, 'shared', 'surfaces');
const router = readSurface(path.join(surfaces, 'reactRouter.ts'), parse);
const zod = readSurface(path.join(surfaces, 'zod.ts'), parse);

function missing(code: string, library: string, surface = router): string[] {
  return missingNames(parseAst(code) as never, code, library, surface);
}

describe('the shared surface check of a slice build', () => {
  it('reads what a surface file offers', () => {
    expect(router.names).toContain('useNavigate');
    expect(zod.names).toEqual(new Set(['z']));
    expect(zod.members.get('z')).toContain('object');
  });

  it('accepts a slice that uses only what the shell provides', () => {
    expect(missing("import { Link, useParams as params } from 'react-router'; Link; params;", 'react-router')).toEqual([]);
    expect(missing("import { z } from 'zod'; z.object({ id: z.string() });", 'zod', zod)).toEqual([]);
  });

  it('names each import the shell does not provide', () => {
    expect(missing("import { Link, useMatch } from 'react-router'; export { createBrowserRouter } from 'react-router';", 'react-router')).toEqual([
      "useMatch from 'react-router'",
      "createBrowserRouter from 'react-router'",
    ]);
  });

  it('refuses taking the whole library', () => {
    expect(missing("import * as router from 'react-router'; router.Link;", 'react-router')).toEqual([
      "the whole of 'react-router' (import the names you use)",
    ]);
    expect(missing("export * from 'react-router';", 'react-router')).toEqual(["export * from 'react-router'"]);
  });

  it('names a member of z the shell does not provide, under any local name', () => {
    expect(missing("import { z as schema } from 'zod'; schema.object({}); schema.bigint();", 'zod', zod)).toEqual([
      "z.bigint from 'zod'",
    ]);
  });
});
