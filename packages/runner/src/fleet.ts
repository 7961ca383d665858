import type { Say } from './console';
import { describeExit, startChild, type ChildExit, type ChildOutputOptions, type ChildSpec, type RunningChild } from './processes';

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

  /** Starts the next group; `expectExit` marks one-shot jobs (builds) whose exit is no crash. */
  startGroup(specs: readonly ChildSpec[], options: ChildOutputOptions & { expectExit?: boolean } = {}): RunningChild[] {
    const group = specs.map((spec) => startChild(spec, this.say, options));
    this.groups.push(group);
    if (!options.expectExit) {
      for (const child of group) {
        void child.exited.then((exit) => {
          if (!this.stopping && !child.stopping) this.reportCrash({ child, exit });
        });
      }
    }
    return group;
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
