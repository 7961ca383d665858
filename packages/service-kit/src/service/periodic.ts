import type { KitLogger } from '../logger';

export interface Periodic {
  /** Stops the schedule and waits for a run under way. */
  stop(): Promise<void>;
}

/**
 * Runs `work` every `intervalMs`, never two runs at once (the next one is scheduled when the last
 * one ends), logging a failed run and carrying on: housekeeping must not stop on one bad pass.
 */
export function startPeriodic(name: string, intervalMs: number, work: () => Promise<void>, logger: KitLogger): Periodic {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let run: Promise<void> | undefined;

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      run = work()
        .catch((err: unknown) => logger.error({ err, task: name }, `${name} failed; will run again`))
        .finally(() => {
          run = undefined;
          schedule();
        });
    }, intervalMs);
    // Housekeeping alone never keeps a process alive.
    timer.unref();
  }
  schedule();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await run;
    },
  };
}
