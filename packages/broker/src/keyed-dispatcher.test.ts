import { describe, expect, it } from 'vitest';
import { createKeyedDispatcher } from './keyed-dispatcher';
import { gate, pause } from './test-support';

describe('keyed dispatcher', () => {
  it('runs tasks of different keys side by side, up to the limit', async () => {
    const dispatcher = createKeyedDispatcher(2);
    const held = gate();
    let running = 0;
    let most = 0;
    const task = async () => {
      running++;
      most = Math.max(most, running);
      await held.wait;
      running--;
    };
    const all = ['a', 'b', 'c', 'd'].map((key) => dispatcher.run(key, task));
    await pause(10);
    expect(running).toBe(2);
    held.open();
    await Promise.all(all);
    expect(most).toBe(2);
  });

  it('runs tasks of one key one after another, in the order given, while other keys overtake', async () => {
    const dispatcher = createKeyedDispatcher(4);
    const order: string[] = [];
    const firstOfA = gate();
    const runs = [
      dispatcher.run('a', async () => {
        await firstOfA.wait;
        order.push('a1');
      }),
      dispatcher.run('a', async () => void order.push('a2')),
      dispatcher.run('b', async () => void order.push('b1')),
    ];
    await pause(10);
    expect(order).toEqual(['b1']);
    firstOfA.open();
    await Promise.all(runs);
    expect(order).toEqual(['b1', 'a1', 'a2']);
  });

  it('goes on with the next task of a key after one fails, and reports the failure to its caller', async () => {
    const dispatcher = createKeyedDispatcher(1);
    const failing = dispatcher.run('a', async () => {
      throw new Error('handler failed');
    });
    const next = dispatcher.run('a', async () => {});
    await expect(failing).rejects.toThrow('handler failed');
    await expect(next).resolves.toBeUndefined();
    await dispatcher.idle();
  });

  it('refuses a limit that could never run anything', () => {
    expect(() => createKeyedDispatcher(0)).toThrow('at least 1');
  });
});
