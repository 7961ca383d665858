import type { Say } from './console';
import { describeExit, startChild, type ChildExit, type ChildOutputOptions, type ChildSpec, type RunningChild } from './processes';

/** How long a dead instance stays down before it is started again: no tight loop of crashes. */
const restartDelayMs = 1_000;

export interface Crash {
  child: RunningChild;
  exit: ChildExit;
}

/**
 * Every process the runner started, in the groups they started in. Stopping goes group by group in
 * reverse, so the edge goes before the BFFs it proxies to and the BFFs before the services they call.
 */
export class Fleet {
  private readonly groups: RunningChild[][] = [];
  private stopping = false;
  private reportCrash: (crash: Crash) => void = () => undefined;
  /** Settles when a long-running child exits without being asked to. */
  readonly crashed = new Promise<Crash>((resolve) => {
    this.reportCrash = resolve;
  });

  constructor(private readonly say: Say) {}

  /**
   * Starts the next group; `expectExit` marks one-shot jobs (builds) whose exit is no crash.
   * `restart`: one instance of several behind a load balancer; when it dies it is started again, as
   * a supervisor (or Kubernetes) would, while the others serve.
   */
  startGroup(specs: readonly ChildSpec[], options: ChildOutputOptions & { expectExit?: boolean; restart?: boolean } = {}): RunningChild[] {
    const group = specs.map((spec) => startChild(spec, this.say, options));
    this.groups.push(group);
    if (!options.expectExit) group.forEach((child, index) => this.watch(group, index, options));
    return group;
  }

  private watch(group: RunningChild[], index: number, options: ChildOutputOptions & { restart?: boolean }): void {
    const child = group[index]!;
    void child.exited.then((exit) => {
      if (this.stopping || child.stopping) return;
      if (!options.restart) return this.reportCrash({ child, exit });
      this.say(`[runner] ${child.name} ${describeExit(exit)}; starting it again`);
      setTimeout(() => {
        if (this.stopping) return;
        group[index] = startChild(child.spec, this.say, options);
        this.watch(group, index, options);
      }, restartDelayMs);
    });
  }

  async stopAll(): Promise<void> {
    this.stopping = true;
    for (const group of [...this.groups].reverse()) {
      await Promise.all(
        group.map(async (child) => {
          const exit = await child.stop();
          if (exit.signal === 'SIGKILL') this.say(`[runner] ${child.name} ${describeExit(exit)} (did not stop in time)`);
        }),
      );
    }
  }
}
