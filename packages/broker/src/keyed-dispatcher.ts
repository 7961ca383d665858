/**
 * Runs tasks side by side up to a limit, except that tasks with the same key run one after another in
 * the order they were given: messages about one order stay in order, different orders go in parallel.
 */
export interface KeyedDispatcher {
  /** Resolves or rejects with the task, once it has run after every earlier task of its key. */
  run(key: string, task: () => Promise<void>): Promise<void>;
  /** Resolves once no task is running or waiting. */
  idle(): Promise<void>;
}

interface Waiting {
  key: string;
  task: () => Promise<void>;
  settle: (outcome: Promise<void>) => void;
}

export function createKeyedDispatcher(limit: number): KeyedDispatcher {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`concurrency must be an integer of at least 1, not ${limit}`);
  // Arrival order. It is never longer than the deliveries RabbitMQ may have outstanding (prefetch),
  // so scanning it is cheap.
  const waiting: Waiting[] = [];
  const busyKeys = new Set<string>();
  let idleWaiters: (() => void)[] = [];

  function pump(): void {
    for (let index = 0; index < waiting.length && busyKeys.size < limit; ) {
      const next = waiting[index]!;
      // A later task of a busy key stays behind the one running, as do the tasks behind it of that key.
      if (busyKeys.has(next.key)) {
        index++;
        continue;
      }
      waiting.splice(index, 1);
      busyKeys.add(next.key);
      const outcome = Promise.resolve().then(next.task);
      next.settle(outcome);
      void outcome
        .catch(() => undefined)
        .then(() => {
          busyKeys.delete(next.key);
          pump();
        });
    }
    if (busyKeys.size === 0 && waiting.length === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  return {
    run(key, task) {
      return new Promise<void>((resolve, reject) => {
        waiting.push({ key, task, settle: (outcome) => outcome.then(resolve, reject) });
        pump();
      });
    },
    idle() {
      if (busyKeys.size === 0 && waiting.length === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}
