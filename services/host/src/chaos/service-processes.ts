import { fork, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import type { ServiceName } from '@tiffin/topology';

const entry = new URL('./service-process.ts', import.meta.url);

export interface ServiceProcess {
  readonly name: ServiceName;
  /** The same for every incarnation. */
  readonly url: string;
  /** Starts an incarnation and resolves once it listens. */
  start(): Promise<void>;
  /** SIGKILL: no graceful stop, as a crash or an OOM kill would. */
  kill(): Promise<void>;
}

/** A service that the harness starts, kills and starts again as a process of its own. */
export async function serviceProcess(name: ServiceName, env: NodeJS.ProcessEnv): Promise<ServiceProcess> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    start() {
      const started = fork(entry, [name, String(port)], { env, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
      child = started;
      return new Promise<void>((resolve, reject) => {
        started.on('message', () => resolve());
        started.on('exit', (code) => reject(new Error(`the ${name} service exited (${code}) before it listened`)));
      });
    },
    async kill() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGKILL');
      await exited;
    },
  };
}

/** A port nobody listens on now; the harness keeps it for the service across restarts. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
