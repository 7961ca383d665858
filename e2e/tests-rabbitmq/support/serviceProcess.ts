import { readdirSync, readFileSync } from 'node:fs';
import type { ServiceName } from '@tiffin/topology';
import { rabbitMqRun } from './rabbitMqRun';

/** The processes of one service of this run: found by their command line and this run's data directory, never another run's. */
function processesOf(service: ServiceName): number[] {
  const script = `services/${service}/src/server.ts`;
  const marker = `TIFFIN_DATA_DIR=${rabbitMqRun().dataDir}`;
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(script) && readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(marker);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Stops a service for real, as a hung process: it answers nothing and takes no message until resumed. */
export function stopService(service: ServiceName): void {
  const pids = processesOf(service);
  if (pids.length === 0) throw new Error(`no process of the ${service} service of this run`);
  for (const pid of pids) process.kill(pid, 'SIGSTOP');
}

export function resumeService(service: ServiceName): void {
  for (const pid of processesOf(service)) process.kill(pid, 'SIGCONT');
}
