import net from 'node:net';

/**
 * A TCP proxy a test puts between a client and RabbitMQ (or any server) so that it can cut the
 * network for real without touching the shared server: drop every open connection, and refuse new
 * ones for a while, as a restarting broker or a broken network would.
 */
export interface FaultProxy {
  /** The port clients connect to instead of the server's. */
  readonly port: number;
  /** Connections accepted and passed through so far. */
  readonly connectionsAccepted: number;
  /** Resets every connection open through the proxy now. */
  dropConnections(): void;
  /** From now on, every new connection is closed as soon as it arrives. */
  refuse(): void;
  /** Passes new connections through again. */
  accept(): void;
  close(): Promise<void>;
}

export async function startFaultProxy(target: { host: string; port: number }): Promise<FaultProxy> {
  const open = new Set<net.Socket>();
  let refusing = false;
  let accepted = 0;

  const server = net.createServer((client) => {
    if (refusing) {
      client.resetAndDestroy();
      return;
    }
    accepted++;
    const upstream = net.connect(target);
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.setNoDelay(true);
      socket.on('close', () => open.delete(socket));
      // One side failing ends the pair; the error itself is what the client under test must handle.
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).on('close', () => client.destroy());
    upstream.pipe(client).on('close', () => upstream.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as net.AddressInfo;

  function dropConnections(): void {
    for (const socket of open) socket.resetAndDestroy();
    open.clear();
  }

  return {
    port,
    get connectionsAccepted() {
      return accepted;
    },
    dropConnections,
    refuse() {
      refusing = true;
    },
    accept() {
      refusing = false;
    },
    async close() {
      dropConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** `url` with its host and port replaced by the proxy's, credentials and vhost kept. */
export function throughProxy(url: string, proxy: FaultProxy): string {
  const proxied = new URL(url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(proxy.port);
  return proxied.toString();
}

/** Where `url` points, for the proxy's target. */
export function hostAndPort(url: string, defaultPort = 5672): { host: string; port: number } {
  const parsed = new URL(url);
  return { host: parsed.hostname, port: parsed.port ? Number(parsed.port) : defaultPort };
}
