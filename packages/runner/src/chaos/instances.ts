import { readdirSync, readFileSync } from 'node:fs';

export interface Instance {
  pid: number;
  /** What it runs, e.g. `services/order/src/server.ts`. */
  script: string;
}

/**
 * The instances of a replicated Tiffin started with `dataDir`: the processes whose environment says
 * they are one instance of several (TIFFIN_PORT) of that installation. Read from /proc, so a test
 * finds its own and never another run's.
 */
export function instancesOf(dataDir: string): Instance[] {
  const marker = `TIFFIN_DATA_DIR=${dataDir}`;
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid): Instance[] => {
      try {
        const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
        if (!environ.includes(marker) || !environ.some((entry) => entry.startsWith('TIFFIN_PORT='))) return [];
        const script = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').find((arg) => arg.endsWith('.ts'));
        // tsx runs the script in a child node process; that one serves, the other only waits for it.
        const serving = readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--import');
        return script && serving ? [{ pid: Number(pid), script }] : [];
      } catch {
        return [];
      }
    });
}
