import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
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

describe('startChild', () => {
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
    const said: string[] = [];
    const script = `
      const { spawn } = require('node:child_process');
      const grandchild = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
      console.log('grandchild ' + grandchild.pid);
      setInterval(() => {}, 1000);`;
    const child = startChild(nodeChild('host', script), (line) => said.push(line));
    while (!said.some((line) => line.includes('grandchild'))) await sleep(20);
    const grandchildPid = Number(said.find((line) => line.includes('grandchild'))?.split(' ').at(-1));
    expect(isAlive(grandchildPid)).toBe(true);

    const exit = await child.stop();
    expect(exit.signal).toBe('SIGTERM');
    await sleep(50);
    expect(isAlive(grandchildPid)).toBe(false);
  });

  it('kills a child that ignores SIGTERM after the grace period', async () => {
    const said: string[] = [];
    const child = startChild(
      nodeChild('stubborn', 'process.on("SIGTERM", () => console.log("ignoring")); console.log("up"); setInterval(() => {}, 1000)'),
      (line) => said.push(line),
    );
    while (!said.includes('[stubborn] up')) await sleep(20);
    const started = Date.now();
    const exit = await child.stop(300);
    expect(exit.signal).toBe('SIGKILL');
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(said).toContain('[stubborn] ignoring');
  });

  it('reports a command that cannot be started', async () => {
    const child = startChild({ ...nodeChild('ghost', ''), command: '/nonexistent/tiffin-binary' }, () => undefined);
    expect(await child.exited).toEqual({ code: null, signal: null });
    expect(child.tail.last.join('\n')).toContain('could not start /nonexistent/tiffin-binary');
  });
});
