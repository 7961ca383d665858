import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { topology, type BffName, type ServiceName, type SliceName } from './topology';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** proxy-addr's names for address ranges, which fastify's trustProxy accepts beside addresses and CIDRs. */
const namedRanges = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  const [address = '', prefix, extra] = entry.split('/');
  if (extra !== undefined || isIP(address) === 0) return namedRanges.has(entry);
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (isIP(address) === 4 ? 32 : 128);
}

/**
 * Who may tell the edge the client's address in X-Forwarded-For: the proxies in front of it, by
 * address or CIDR (`10.0.0.0/8, loopback`); the client is the nearest address in the header that is
 * not one of them. Unset: nobody, and the client is the socket's peer, whatever the header says. A
 * bare hop count is refused (as fastify does): it cannot tell the ingress from a client that reached
 * the edge directly and wrote the header itself.
 */
const trustedProxies = z
  .string()
  .trim()
  .transform((value, context): string[] => {
    const entries = value.split(/[\s,]+/).filter(Boolean);
    const wrong = entries.find((entry) => !isProxyAddress(entry));
    if (entries.length === 0 || wrong !== undefined) {
      const message = wrong === undefined ? 'lists no proxy' : `"${wrong}" is not an address, a CIDR, loopback, linklocal or uniquelocal`;
      context.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return entries;
  });

const envSchema = z.object({
  /** Where embedded PGlite databases live, one folder per service. */
  TIFFIN_DATA_DIR: z.string().default(path.join(repoRoot, '.data')),
  /** Set to use RabbitMQ instead of the in-process broker, e.g. amqp://guest:guest@127.0.0.1:5672 */
  TIFFIN_AMQP_URL: z.url().optional(),
  /**
   * The topic exchange on RabbitMQ; queues are named after it, so two installations (or a benchmark
   * beside a running Tiffin) on one RabbitMQ never share queues.
   */
  TIFFIN_AMQP_EXCHANGE: z.string().min(1).default(topology.broker.exchange),
  /**
   * The port this process listens on instead of its topology port: one instance of several behind a
   * load balancer that listens on the topology port (`pnpm start --replicas`).
   */
  TIFFIN_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** Interface servers bind to; the browser always talks to `TIFFIN_PUBLIC_HOST`. */
  TIFFIN_BIND_HOST: z.string().default('127.0.0.1'),
  TIFFIN_PUBLIC_HOST: z.string().default('localhost'),
  /**
   * Where people open Tiffin, e.g. https://tiffin.example.com when an ingress terminates TLS in front
   * of the edge; by default http://TIFFIN_PUBLIC_HOST:8080. An https origin makes the session cookie Secure.
   */
  TIFFIN_PUBLIC_ORIGIN: z.url().optional(),
  TIFFIN_TRUSTED_PROXIES: trustedProxies.optional(),
  /**
   * Live streams (server-sent events) one session may hold open at once on one edge: a page holds one
   * per slice on screen, so a few tabs fit; a client opening hundreds is refused (429) beyond it.
   */
  TIFFIN_LIVE_STREAMS_PER_SESSION: z.coerce.number().int().positive().default(8),
  /** Live streams one edge instance holds open at once, whoever opened them: each holds a socket here and at a BFF. */
  TIFFIN_LIVE_STREAMS_PER_EDGE: z.coerce.number().int().positive().default(2000),
  TIFFIN_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** How long a service keeps outbox rows once published: only for seeing what it sent, so a day. */
  TIFFIN_OUTBOX_RETENTION_HOURS: z.coerce.number().positive().default(24),
  /**
   * How long a consumer remembers a message id to skip a copy of it. A copy comes when a message was
   * handled but its ack was lost (redelivered when the consumer or the broker comes back) or when an
   * outbox row was published but not yet marked so (published again when its service comes back).
   * Both wait for a process to return, so the window must outlast any outage we ride out unattended:
   * a week. Under an hour would let a copy through after an ordinary restart, so it is refused.
   */
  TIFFIN_DEDUP_RETENTION_HOURS: z.coerce.number().min(1).default(24 * 7),
  /**
   * A running saga with no progress for this long is flagged as stuck for operators, well before its
   * step's deadline fails it: time to bring a participant back and retry.
   */
  TIFFIN_SAGA_STUCK_AFTER_SECONDS: z.coerce.number().positive().default(15),
  /** How often each service deletes what is past those windows, a batch at a time. */
  TIFFIN_PRUNE_INTERVAL_SECONDS: z.coerce.number().positive().default(300),
});

export type TiffinEnv = z.infer<typeof envSchema>;

/** Reads and validates the environment once; a bad value stops start-up with the variable's name. */
export function loadEnv(env: NodeJS.ProcessEnv = process.env): TiffinEnv {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid Tiffin configuration: ${issues}`);
  }
  return parsed.data;
}

/** `order-history` → `ORDER_HISTORY`: how a name appears inside an environment variable's name. */
export function envNameOf(name: string): string {
  return name.toUpperCase().replaceAll('-', '_');
}

/** `TIFFIN_ORDER_DATABASE_URL` etc.: a real PostgreSQL for that service instead of embedded PGlite. */
export function databaseUrlVar(service: ServiceName): string {
  return `TIFFIN_${envNameOf(service)}_DATABASE_URL`;
}

export function serviceDatabase(
  service: ServiceName,
  env: NodeJS.ProcessEnv = process.env,
): { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string } {
  const url = env[databaseUrlVar(service)];
  if (url) return { kind: 'postgres', url: z.url().parse(url) };
  return { kind: 'pglite', dataDir: path.join(loadEnv(env).TIFFIN_DATA_DIR, service) };
}

/** Where a BFF reaches a service; overridable per service with TIFFIN_<NAME>_SERVICE_URL. */
export function serviceUrl(service: ServiceName, env: NodeJS.ProcessEnv = process.env): string {
  const override = env[`TIFFIN_${envNameOf(service)}_SERVICE_URL`];
  return override ?? `http://127.0.0.1:${topology.services[service].port}`;
}

/** The origin the browser opens the shell at, with no trailing slash. */
export function publicOrigin(env: NodeJS.ProcessEnv = process.env): string {
  const config = loadEnv(env);
  return new URL(config.TIFFIN_PUBLIC_ORIGIN ?? `http://${config.TIFFIN_PUBLIC_HOST}:${topology.edge.port}`).origin;
}

/** Where the edge reaches a BFF; overridable with TIFFIN_<NAME>_BFF_URL. */
export function bffUrl(bff: BffName, env: NodeJS.ProcessEnv = process.env): string {
  const override = env[`TIFFIN_${envNameOf(bff)}_BFF_URL`];
  return override ?? `http://127.0.0.1:${topology.bffs[bff].port}`;
}

/** Where the parts inside the installation reach the edge (the ops BFF, for its traces and metrics); TIFFIN_EDGE_URL overrides it. */
export function edgeUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.TIFFIN_EDGE_URL ?? `http://127.0.0.1:${topology.edge.port}`;
}

/** `TIFFIN_CATALOG_SLICE_URL` etc.: where the browser loads that slice from instead of its own origin. */
export function sliceUrlVar(slice: SliceName): string {
  return `TIFFIN_${envNameOf(slice)}_SLICE_URL`;
}

/**
 * The origin the browser loads a slice from. TIFFIN_<NAME>_SLICE_URL points one slice elsewhere:
 * a developer's local build, or a deployed version.
 */
export function sliceOrigin(slice: SliceName, env: NodeJS.ProcessEnv = process.env): string {
  const override = env[sliceUrlVar(slice)];
  return override ?? `http://${loadEnv(env).TIFFIN_PUBLIC_HOST}:${topology.slices[slice].port}`;
}
