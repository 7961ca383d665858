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

/** An operator of the installation, as the services' operator routes and the ops BFF see one. */
export const testOperator: Identity = {
  role: 'operator',
  accountId: '0f6b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d',
  displayName: 'Test operator',
  email: 'operator@tiffin.test',
};

/** Headers of a call an operator makes, signed with the test secret; what an operator route asks for. */
export const asOperator = (secret = testIdentitySecret): Record<string, string> => signedInAs(testOperator, secret);

const someone = { accountId: '3c2b1a09-8f7e-4d6c-9b5a-493827161504', displayName: 'Someone', email: 'someone@tiffin.test' };

/**
 * Everyone an operator route must refuse, as headers of their calls: nobody signed in, and a signed-in
 * customer, restaurant staff member and courier. `forged` adds an operator signed with another secret.
 */
export function notOperators(options: { forged?: boolean } = {}): [string, Record<string, string>][] {
  const signedIn = (
    [
      { role: 'customer', ...someone, consumerId: someone.accountId },
      { role: 'staff', ...someone, restaurantId: someone.accountId },
      { role: 'courier', ...someone, courierId: someone.accountId },
    ] satisfies Identity[]
  ).map((who): [string, Record<string, string>] => [`a ${who.role}`, signedInAs(who)]);
  const forged: [string, Record<string, string>][] = options.forged
    ? [['a forged operator', signedInAs({ role: 'operator', ...someone }, 'not-the-installation-secret-0123456789')]]
    : [];
  return [['nobody signed in', {}], ...forged, ...signedIn];
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

/** What a test needs of an OpenAPI document: each "METHOD /path" with its schemas. */
export interface OpenApiDocument {
  info: { title: string };
  paths: Record<string, Record<string, OpenApiOperation>>;
}
export interface OpenApiOperation {
  parameters?: { in: string; name: string; required?: boolean }[];
  requestBody?: { content: Record<string, { schema: JsonSchemaObject }> };
  responses: Record<string, { content?: Record<string, { schema: JsonSchemaObject }> }>;
}
interface JsonSchemaObject {
  type?: string;
  required?: string[];
  properties?: Record<string, unknown>;
  items?: JsonSchemaObject;
}

/** The operations of a document as "GET /restaurants/{restaurantId}", sorted. */
export function openApiOperations(document: OpenApiDocument): string[] {
  return Object.entries(document.paths)
    .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`))
    .sort();
}

/** A signed-in customer who orders as `consumerId`: for tests that need a customer of their own. */
export function customerIdentity(consumerId: string, displayName = 'Test customer'): Identity {
  return { role: 'customer', accountId: consumerId, displayName, email: `${consumerId}@tiffin.test`, consumerId };
}

export { listenToEventStream, type EventStreamListener } from './test-event-stream';
