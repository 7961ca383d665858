import type { Say } from '../console';

/** How often a stage that is still waiting says for what. */
export const progressEveryMs = 5_000;

interface PartState {
  what: string;
  since: number;
}

function duration(ms: number): string {
  return `${Math.round(ms / 1000)} s`;
}

/**
 * What one start-up stage is waiting for: every few seconds, each part not ready yet with what it is
 * doing (what its process said, or what its readiness URL answered) and for how long, so a slow
 * start is a wait you can read instead of one silent line.
 */
export class StageProgress {
  private readonly waiting = new Map<string, PartState>();
  private readonly began: number;
  private ticker: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly stage: string,
    parts: readonly string[],
    private readonly say: Say,
    private readonly now: () => number = Date.now,
  ) {
    this.began = now();
    for (const part of parts) this.waiting.set(part, { what: 'starting', since: this.began });
  }

  /** The part is doing something else now; the same thing again keeps its clock. */
  doing(part: string, what: string): void {
    const state = this.waiting.get(part);
    if (state && state.what !== what) this.waiting.set(part, { what, since: this.now() });
  }

  ready(part: string): void {
    this.waiting.delete(part);
  }

  /**
   * One line: the stage, how long it has waited, and the parts still waited for, those doing the same
   * thing together (nine services opening their databases at once read as one group), each group
   * with the longest any of its parts has been at it.
   */
  describe(): string {
    const at = this.now();
    const groups = new Map<string, { parts: string[]; longest: number }>();
    for (const [part, { what, since }] of this.waiting) {
      const group = groups.get(what) ?? { parts: [], longest: 0 };
      group.parts.push(part);
      group.longest = Math.max(group.longest, at - since);
      groups.set(what, group);
    }
    const said = [...groups].map(([what, { parts, longest }]) => `${parts.join(', ')} (${what}, ${duration(longest)})`);
    return `[start] ${this.stage} … ${duration(at - this.began)}: waiting for ${said.join('; ')}`;
  }

  start(everyMs = progressEveryMs): void {
    this.ticker = setInterval(() => {
      if (this.waiting.size > 0) this.say(this.describe());
    }, everyMs);
    this.ticker.unref();
  }

  stop(): void {
    clearInterval(this.ticker);
  }
}
