import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createTcpServer } from 'node:net';

import { identityHeader, type Identity } from '@tiffin/contracts';
import { signIdentity } from './identity';

export { memoryLogger } from './test-logger';

/** The secret BFF tests build their apps with (`identitySecret` option). */
export const testIdentitySecret = 'tiffin-test-identity-secret-0123456789abcdef';

/** Headers that make a BFF under test see `who` as the caller, as if the edge had signed them in. */
export function signedInAs(who: Identity, secret = testIdentitySecret): Record<string, string> {
  return { [identityHeader]: signIdentity(who, secret) };
}

/** A URL on which nothing listens: the port was free a moment ago and is closed again. */
export async function closedPortUrl(): Promise<string> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

/** A server that accepts requests and never answers them: what a hung service looks like. */
export async function startSilentServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createHttpServer(() => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A signed-in customer who orders as `consumerId`: for tests that need a customer of their own. */
export function customerIdentity(consumerId: string, displayName = 'Test customer'): Identity {
  return { role: 'customer', accountId: consumerId, displayName, email: `${consumerId}@tiffin.test`, consumerId };
}
