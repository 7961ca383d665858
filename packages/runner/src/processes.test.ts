import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startChild, type ChildSpec } from './processes';

function nodeChild(name: string, script: string): ChildSpec {
  return { name, command: process.execPath, args: ['-e', script], cwd: process.cwd(), env: process.env };
}

/** Running, as opposed to gone or a zombie waiting for a parent that may never reap it. */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/**
 * What a child says, line by line, and a wait for lines as they come: a promise, not a poll, so it
 * neither sleeps nor moves fake timers on (vi.waitFor advances them).
 */
function listener() {
  const said: string[] = [];
  let heard = () => {};
  return {
    say(line: string) {
      said.push(line);
      heard();
    },
    /** Resolves with the lines that match once there are `count` of them (one wait at a time). */
    until(matches: (line: string) => boolean, count = 1): Promise<string[]> {
      return new Promise((resolve) => {
        heard = () => {
          const found = said.filter(matches);
          if (found.length >= count) resolve(found);
        };
        heard();
      });
    },
  };
}

describe('startChild', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('prefixes each output line with the child name and keeps the last lines', async () => {
    const said: string[] = [];
    const child = startChild(nodeChild('kitchen', 'console.log("one\\ntwo"); console.error("oops")'), (line) =>
      said.push(line),
    );
    expect(await child.exited).toEqual({ code: 0, signal: null });
    expect(said).toEqual(expect.arrayContaining(['[kitchen] one', '[kitchen] two', '[kitchen] oops']));
    expect(child.tail.last).toEqual(expect.arrayContaining(['one', 'two', 'oops']));
  });

  it('stops the whole process group with SIGTERM, grandchildren included', async () => {
    const { say, until } = listener();
    const script = `
      const { spawn } = require('node:child_process');
      const grandchild = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
      console.log('grandchild ' + grandchild.pid);
      setInterval(() => {}, 1000);`;
    const child = startChild(nodeChild('host', script), say);
    const [announced] = await until((line) => line.includes('grandchild'));
    const grandchildPid = Number(announced!.split(' ').at(-1));
    expect(isAlive(grandchildPid)).toBe(true);

    const exit = await child.stop();
    expect(exit.signal).toBe('SIGTERM');
    // Signalled with its group, it is gone as soon as its new parent has reaped it.
    await vi.waitFor(() => expect(isAlive(grandchildPid)).toBe(false));
  });

  it('kills a child that ignores SIGTERM after the grace period', async () => {
    // The grace period's timer is the test's to run; the child and its pipes keep real time.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { say, until } = listener();
    const child = startChild(
      nodeChild('stubborn', 'process.on("SIGTERM", () => console.log("ignoring")); console.log("up " + process.pid); setInterval(() => {}, 1000)'),
      say,
    );
    const [up] = await until((line) => line.startsWith('[stubborn] up'));
    const pid = Number(up!.split(' ').at(-1));
    const ignoring = (line: string) => line === '[stubborn] ignoring';
    const exit = child.stop(300);
    await until(ignoring);
    vi.advanceTimersByTime(299);
    // Not killed yet just before the grace period ends: it still answers another SIGTERM.
    process.kill(pid, 'SIGTERM');
    await Promise.race([until(ignoring, 2), exit.then(() => expect.fail('killed before its grace period was over'))]);
    vi.advanceTimersByTime(1);
    expect((await exit).signal).toBe('SIGKILL');
  });

  it('reports a command that cannot be started', async () => {
    const child = startChild({ ...nodeChild('ghost', ''), command: '/nonexistent/tiffin-binary' }, () => undefined);
    expect(await child.exited).toEqual({ code: null, signal: null });
    expect(child.tail.last.join('\n')).toContain('could not start /nonexistent/tiffin-binary');
  });
});
