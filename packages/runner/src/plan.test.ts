import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { identitySecret } from '@tiffin/http-kit';
import { loadEnv, repoRoot, topology } from '@tiffin/topology';
import { childEnv, startStages } from './plan';

describe('start plan', () => {
  const stages = startStages({}, loadEnv({}));

  it('starts one stage per entry of topology.startOrder, in that order', () => {
    expect(stages).toHaveLength(topology.startOrder.length);
    expect(stages.at(-1)?.members[0]?.ready).toEqual([{ part: 'edge', url: `http://127.0.0.1:${topology.edge.port}/health` }]);
  });

  it('runs entry files that exist', () => {
    const scripts = stages
      .flatMap((stage) => stage.members.map((member) => member.spec.args[0]))
      .filter((arg): arg is string => arg !== undefined && arg.endsWith('.ts'));
    expect(scripts).toContain('services/host/src/server.ts');
    for (const script of scripts) expect(existsSync(path.join(repoRoot, script)), script).toBe(true);
  });

  it('keeps children at warn unless told otherwise', () => {
    expect(childEnv({}).TIFFIN_LOG_LEVEL).toBe('warn');
    expect(childEnv({ TIFFIN_LOG_LEVEL: 'debug' }).TIFFIN_LOG_LEVEL).toBe('debug');
  });

  it('gives the edge and every BFF one identity secret: the key made once in the data dir, or TIFFIN_IDENTITY_SECRET', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'tiffin-plan-'));
    try {
      const secretsOf = (env: NodeJS.ProcessEnv) =>
        startStages(env, loadEnv(env)).flatMap((stage) =>
          stage.members.filter((member) => /edge|bff/.test(member.spec.name)).map((member) => identitySecret(member.spec.env)),
        );
      const made = secretsOf({ TIFFIN_DATA_DIR: dataDir });
      expect(made).toHaveLength(Object.keys(topology.bffs).length + 1);
      expect(new Set(made).size).toBe(1);
      // The next start, and any tool on the same data dir (a test, `pnpm dev:slice`), reads the same key.
      expect(identitySecret({ TIFFIN_DATA_DIR: dataDir })).toBe(made[0]);

      const configured = 'a-deployment-secret-of-at-least-32-characters';
      expect(new Set(secretsOf({ TIFFIN_DATA_DIR: dataDir, TIFFIN_IDENTITY_SECRET: configured }))).toEqual(new Set([configured]));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
