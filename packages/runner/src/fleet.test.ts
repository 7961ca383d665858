import { describe, expect, it } from 'vitest';
import { Fleet } from './fleet';
import type { ChildSpec } from './processes';

function nodeChild(name: string, script: string): ChildSpec {
  return { name, command: process.execPath, args: ['-e', script], cwd: process.cwd(), env: process.env };
}

describe('Fleet', () => {
  it('reports a server that dies on its own as a crash', async () => {
    const fleet = new Fleet(() => undefined);
    fleet.startGroup([nodeChild('steady', 'setInterval(() => {}, 1000)'), nodeChild('fragile', 'process.exit(4)')]);
    const crash = await fleet.crashed;
    expect(crash.child.name).toBe('fragile');
    expect(crash.exit.code).toBe(4);
    await fleet.stopAll();
  });

  it('does not count a stop it asked for as a crash, nor a finished build', async () => {
    const fleet = new Fleet(() => undefined);
    const [build] = fleet.startGroup([nodeChild('build', 'process.exit(0)')], { expectExit: true });
    const [server] = fleet.startGroup([nodeChild('server', 'setInterval(() => {}, 1000)')]);
    await build!.exited;
    await fleet.stopAll();
    expect((await server!.exited).signal).toBe('SIGTERM');
    const outcome = await Promise.race([fleet.crashed, new Promise((resolve) => setTimeout(() => resolve('calm'), 200))]);
    expect(outcome).toBe('calm');
  });

  it('stops later groups before earlier ones', async () => {
    const said: string[] = [];
    const fleet = new Fleet((line) => said.push(line));
    const onTerm = (name: string) =>
      `process.on('SIGTERM', () => { console.log('${name} stopping'); setTimeout(() => process.exit(0), 100); }); console.log('up'); setInterval(() => {}, 1000)`;
    const [service] = fleet.startGroup([nodeChild('service', onTerm('service'))]);
    const [edge] = fleet.startGroup([nodeChild('edge', onTerm('edge'))]);
    while (service!.tail.last.length === 0 || edge!.tail.last.length === 0) await new Promise((r) => setTimeout(r, 20));
    await fleet.stopAll();
    expect(said.filter((line) => line.endsWith('stopping'))).toEqual(['[edge] edge stopping', '[service] service stopping']);
  });
});
