import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, vi } from 'vitest';
import type { HostRequirements } from '../hostRequirements';

/**
 * The live shell of a deployed environment, for the whole test file: a server answering its
 * host.json, with TIFFIN_SHELL_URL pointing at it, so the store's gate reads it as it reads a real one.
 */
export function useLiveShell(hosts: HostRequirements): void {
  let shell: Server;
  beforeAll(async () => {
    shell = createServer((request, response) => {
      if (request.url !== '/host.json') return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(hosts));
    });
    await new Promise<void>((resolve) => shell.listen(0, '127.0.0.1', resolve));
    vi.stubEnv('TIFFIN_SHELL_URL', `http://127.0.0.1:${(shell.address() as AddressInfo).port}`);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await new Promise((resolve) => shell.close(resolve));
  });
}
