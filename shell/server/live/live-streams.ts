export interface LiveStreamLimits {
  /** Streams one session may hold open at once on this edge. */
  perSession: number;
  /** Streams this edge holds open at once, all sessions together. */
  perEdge: number;
}

export interface LiveStreamRefusal {
  retryAfterSeconds: number;
  message: string;
}

/** A stream's place, held from its admission until it ends, whichever side ends it. */
export interface LiveStreamPlace {
  release(): void;
}

export interface LiveStreams {
  /** A place for one more stream of the session (`end` is how the edge ends it early), or the limit it would pass. */
  admit(token: string, end: () => void): LiveStreamPlace | LiveStreamRefusal;
  /** Ends every stream of the session now: it signed out, or ended elsewhere. */
  endSession(token: string): void;
  /** Ends every stream: the edge is closing. */
  endAll(): void;
  /** The sessions holding streams now. */
  sessions(): string[];
  /** How many streams are open now. */
  readonly open: number;
}

/**
 * The live streams this edge relays, by session: one session cannot hold more than its share, nor
 * the edge more than it can carry, and a session's streams can be ended when the session ends.
 * Counted in this edge's memory: a stream is a connection to this process.
 */
export function createLiveStreams(limits: LiveStreamLimits): LiveStreams {
  const bySession = new Map<string, Set<() => void>>();
  let open = 0;

  function endEach(ends: Iterable<() => void>): void {
    for (const end of [...ends]) end();
  }

  return {
    admit(token, end) {
      const mine = bySession.get(token) ?? new Set<() => void>();
      if (mine.size >= limits.perSession) {
        return {
          retryAfterSeconds: 5,
          message: `at most ${limits.perSession} live updates may be open at once for one sign-in: close another Tiffin tab or window`,
        };
      }
      if (open >= limits.perEdge) {
        return { retryAfterSeconds: 5, message: `this Tiffin server is carrying its limit of ${limits.perEdge} live updates; try again in a moment` };
      }
      mine.add(end);
      bySession.set(token, mine);
      open += 1;
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          open -= 1;
          mine.delete(end);
          if (mine.size === 0 && bySession.get(token) === mine) bySession.delete(token);
        },
      };
    },
    endSession(token) {
      endEach(bySession.get(token) ?? []);
    },
    endAll() {
      endEach([...bySession.values()].flatMap((ends) => [...ends]));
    },
    sessions: () => [...bySession.keys()],
    get open() {
      return open;
    },
  };
}
