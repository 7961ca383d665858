import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { describeExit, type RunningChild } from './processes';
import { describeReadinessAnswer } from './progress/readiness-answer';

export class StartupError extends Error {
  constructor(
    message: string,
    /** The child whose output explains the failure, when there is one. */
    readonly child?: RunningChild,
  ) {
    super(message);
    this.name = 'StartupError';
  }
}

/** Whether `url` answers 2xx, and if not, what it is waiting for in a few words. */
async function probe(url: string): Promise<{ ok: true } | { ok: false; waitingFor: string }> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    if (response.ok) {
      await response.body?.cancel();
      return { ok: true };
    }
    return { ok: false, waitingFor: describeReadinessAnswer(response.status, await response.text()) };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    return { ok: false, waitingFor: timedOut ? 'listening, slow to answer' : 'not listening yet' };
  }
}

/**
 * Polls until `url` answers 2xx; fails at once if the child that should serve it dies first. Eight
 * services start in one process: on a busy 2-core machine that has taken over a minute.
 */
export async function waitUntilAnswering(
  url: string,
  child: RunningChild,
  timeoutMs = 150_000,
  /** Hears what each probe found while the URL is not answering yet. */
  waiting: (what: string) => void = () => undefined,
): Promise<void> {
  let exitedWith: string | undefined;
  void child.exited.then((exit) => {
    exitedWith = describeExit(exit);
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitedWith) throw new StartupError(`${child.name} ${exitedWith} before answering on ${url}`, child);
    const found = await probe(url);
    if (found.ok) return;
    waiting(found.waitingFor);
    await sleep(200);
  }
  throw new StartupError(`${child.name} did not answer on ${url} within ${timeoutMs / 1000}s`, child);
}

function isFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/** Checks every port before anything starts, so a second `pnpm start` fails in a second, not a minute. */
export async function assertPortsFree(ports: readonly { port: number; owner: string }[], host: string): Promise<void> {
  const busy: string[] = [];
  for (const { port, owner } of ports) {
    if (!(await isFree(port, host))) busy.push(`${port} (${owner})`);
  }
  if (busy.length > 0) {
    throw new StartupError(
      `port${busy.length > 1 ? 's' : ''} already in use: ${busy.join(', ')}. ` +
        'Is Tiffin already running? Stop it or free the port, then try again.',
    );
  }
}
