import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shellHostRequirements } from './shellHost';

/** A live shell somewhere else, newer than this checkout: it hosts contract version 2 only. */
let shell: Server;
let shellUrl: string;
const served = { contractVersions: [2], sharedLibraries: { react: '20.0.0' } };

beforeAll(async () => {
  shell = createServer((request, response) => {
    if (request.url === '/host.json') response.end(JSON.stringify(served));
    else response.writeHead(404).end('{}');
  });
  await new Promise<void>((resolve) => shell.listen(0, '127.0.0.1', resolve));
  shellUrl = `http://127.0.0.1:${(shell.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => shell.close(resolve)));

describe('what the live shell hosts', () => {
  it('comes from the host.json the live shell serves, not from the source checked out', async () => {
    expect(await shellHostRequirements({ TIFFIN_SHELL_URL: `${shellUrl}/` })).toEqual(served);
  });

  it('says plainly when it cannot be known', async () => {
    await expect(shellHostRequirements({ TIFFIN_SHELL_URL: `${shellUrl}/not-a-shell` })).rejects.toThrow(/not a shell host descriptor/);
  });
});
