import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { directoryStore } from '../directoryStore';
import { fakeArtifact } from '../testRelease';
import { deploySlice } from './deploySlice';

// The live shell, as a deployed environment serves it: its host.json says what it can host.
const liveShell = { contractVersions: [2], sharedLibraries: { react: '^19.2.0' } };
let shell: Server;
let root: string;

beforeAll(async () => {
  shell = createServer((request, response) => {
    if (request.url !== '/host.json') return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(liveShell));
  });
  await new Promise<void>((resolve) => shell.listen(0, '127.0.0.1', resolve));
  vi.stubEnv('TIFFIN_SHELL_URL', `http://127.0.0.1:${(shell.address() as AddressInfo).port}`);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await new Promise((resolve) => shell.close(resolve));
});
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'tiffin-deploy-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('deploySlice, gated by what the live shell hosts', () => {
  it('makes a release on a contract the shell hosts live', async () => {
    const store = directoryStore(root);
    const artifact = await fakeArtifact('1.0.0+a', { contractVersion: 2 });
    expect((await deploySlice(store, 'order', artifact.dir)).published).toBe(true);
    expect((await store.live('order'))?.version).toBe('1.0.0+a');
  });

  it('refuses a release on a contract the shell cannot host, naming both, and the live release stays', async () => {
    const store = directoryStore(root);
    await deploySlice(store, 'order', (await fakeArtifact('1.0.0+a', { contractVersion: 2 })).dir);
    const newer = await fakeArtifact('2.0.0+b', { contractVersion: 3 });
    await expect(deploySlice(store, 'order', newer.dir)).rejects.toThrow(
      'refused: order 2.0.0+b is built against slice contract version 3; the shell hosts 2',
    );
    expect((await store.live('order'))?.version).toBe('1.0.0+a');
    expect(await store.get('order', '2.0.0+b')).toBeUndefined();
  });
});
