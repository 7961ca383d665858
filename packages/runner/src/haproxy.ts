/** One load-balanced tier: HAProxy listens on the topology's port and spreads over the instances. */
export interface BalancedPart {
  name: string;
  port: number;
  instancePorts: readonly number[];
}

/**
 * HAProxy's configuration for the replicated tiers, from the topology: a frontend on each part's
 * own port, a backend of its instances health-checked on GET /health (an instance that is not ready
 * gets no traffic, one that comes back gets it again within a second), least connections, and
 * timeouts long enough for the live streams.
 */
export function haproxyConfig(parts: readonly BalancedPart[], bindHost: string): string {
  const lines = [
    'global',
    // Within the file descriptors an unprivileged process may open (each connection takes two).
    '  maxconn 4096',
    '',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 1h',
    '  timeout server 1h',
    // Server-sent events: a live stream is quiet between changes (heartbeats every 15 s).
    '  timeout tunnel 1h',
    '  timeout http-request 10s',
    '  option redispatch',
    '  retries 2',
  ];
  for (const part of parts) {
    lines.push(
      '',
      `frontend ${part.name}`,
      `  bind ${bindHost}:${part.port}`,
      `  default_backend ${part.name}`,
      '',
      `backend ${part.name}`,
      '  balance leastconn',
      '  option httpchk GET /health',
      '  http-check expect status 200',
      '  default-server inter 1s fall 2 rise 1',
      ...part.instancePorts.map((port, index) => `  server ${part.name}-${index + 1} 127.0.0.1:${port} check`),
    );
  }
  return `${lines.join('\n')}\n`;
}
