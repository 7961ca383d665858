import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEnv, repoRoot, topology } from '@tiffin/topology';
import { childEnv, startStages } from './plan';

describe('start plan', () => {
  const stages = startStages({}, loadEnv({}));

  it('starts one stage per entry of topology.startOrder, in that order', () => {
    expect(stages).toHaveLength(topology.startOrder.length);
    expect(stages.at(-1)?.members[0]?.readyUrls).toEqual([`http://127.0.0.1:${topology.edge.port}/health`]);
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
});
