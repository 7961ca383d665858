import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';

const contentTypes: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css' };

export interface SliceServer {
  /** e.g. http://localhost:40123 */
  origin: string;
  /** Paths asked for, in order, with their query. */
  requests: string[];
  /** From now on, accept requests for remoteEntry.js and never answer them, as a stuck server does. */
  hang(): void;
  /** From now on, answer every request again (those already hanging stay hung). */
  answer(): void;
  close(): Promise<void>;
}

/** Serves a slice build from a developer's machine, with the CORS header a shell on another origin needs. */
export async function serveSlice(dir: string): Promise<SliceServer> {
  let hanging = false;
  const requests: string[] = [];
  const parked: ServerResponse[] = [];
  const sockets = new Set<Socket>();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(`${url.pathname}${url.search}`);
    if (hanging && url.pathname.endsWith('/remoteEntry.js')) {
      parked.push(response);
      return;
    }
    const file = path.join(dir, path.normalize(url.pathname));
    if (!file.startsWith(dir)) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
        'access-control-allow-origin': '*',
        'cache-control': 'no-cache',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'access-control-allow-origin': '*' }).end();
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://localhost:${(server.address() as AddressInfo).port}`,
    requests,
    hang: () => void (hanging = true),
    answer: () => void (hanging = false),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
