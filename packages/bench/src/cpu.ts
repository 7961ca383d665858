import { readdir, readFile } from 'node:fs/promises';

/** Linux counts process CPU time in clock ticks of 1/100 s (USER_HZ). */
const tickMs = 10;

/** CPU time (user + system) of one process so far, in ms; 0 once it is gone. */
async function cpuMsOf(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  // The command name is in parentheses and may hold spaces: count fields after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * tickMs;
}

/** Every process whose command name is `comm` (PostgreSQL backends, RabbitMQ's beam.smp), by pid. */
async function cpuMsOfCommand(comm: string): Promise<Map<number, number>> {
  const byPid = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const name = await readFile(`/proc/${entry}/comm`, 'utf8').catch(() => '');
    if (name.trim() === comm) byPid.set(Number(entry), await cpuMsOf(Number(entry)));
  }
  return byPid;
}

/** CPU time so far: of one process, or of several by pid (processes come and go during a step). */
type CpuReading = number | Map<number, number>;

export interface CpuTarget {
  name: string;
  read(): Promise<CpuReading>;
}

export const cpuOfPid = (name: string, pid: number): CpuTarget => ({ name, read: () => cpuMsOf(pid) });
export const cpuOfCommand = (name: string, comm: string): CpuTarget => ({ name, read: () => cpuMsOfCommand(comm) });
export const cpuOfThisProcess: CpuTarget = {
  name: 'bench (load + polling)',
  read: async () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  },
};

/**
 * CPU spent between two readings. Of several processes, only those alive at the end count, each from
 * its first reading or its start: one that exited took its time with it, and subtracting its earlier
 * reading would make the step look cheaper than it was.
 */
function spent(before: CpuReading, after: CpuReading): number {
  if (typeof before === 'number' || typeof after === 'number') return Number(after) - Number(before);
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

/**
 * Where the CPU went during one step: each target's CPU time, so a step's figures can be read as
 * "ms of CPU per order" per process. On a 2-core machine the sum bounds the throughput.
 */
export async function measureCpu<T>(targets: readonly CpuTarget[], run: () => Promise<T>): Promise<{ result: T; cpuMs: Map<string, number> }> {
  const before = await Promise.all(targets.map((target) => target.read()));
  const result = await run();
  const after = await Promise.all(targets.map((target) => target.read()));
  return { result, cpuMs: new Map(targets.map((target, index) => [target.name, spent(before[index]!, after[index]!)])) };
}
