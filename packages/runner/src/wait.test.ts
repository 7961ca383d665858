import { createServer, type Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startChild } from './processes';
import { assertPortsFree, StartupError, waitUntilAnswering } from './wait';

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
  );
}

describe('waitUntilAnswering', () => {
  it('resolves once a child starts answering', async () => {
    const script = `
      const http = require('node:http');
      setTimeout(() => {
        const server = http.createServer((_, res) => res.end('ok')).listen(0, '127.0.0.1', () =>
          console.log('port ' + server.address().port));
      }, 300);`;
    const lines: string[] = [];
    const child = startChild(
      { name: 'late', command: process.execPath, args: ['-e', script], cwd: process.cwd(), env: process.env },
      (line) => lines.push(line),
    );
    while (!lines.some((line) => line.startsWith('[late] port'))) await new Promise((r) => setTimeout(r, 20));
    const port = lines.find((line) => line.startsWith('[late] port'))?.split(' ').at(-1);
    await expect(waitUntilAnswering(`http://127.0.0.1:${port}/`, child, 5_000)).resolves.toBeUndefined();
    await child.stop();
  });

  it('fails at once, naming the child, when it dies before answering', async () => {
    const child = startChild(
      {
        name: 'order-bff',
        command: process.execPath,
        args: ['-e', 'console.error("invalid Tiffin configuration"); process.exit(3)'],
        cwd: process.cwd(),
        env: process.env,
      },
      () => undefined,
    );
    const started = Date.now();
    const error = await waitUntilAnswering('http://127.0.0.1:9/health', child, 30_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as StartupError).message).toBe(
      'order-bff exited with code 3 before answering on http://127.0.0.1:9/health',
    );
    expect((error as StartupError).child?.tail.last).toContain('invalid Tiffin configuration');
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('assertPortsFree', () => {
  it('names every port that is taken and who needs it', async () => {
    const taken = createServer();
    const port = await listen(taken);
    try {
      await expect(assertPortsFree([{ port, owner: 'edge' }], '127.0.0.1')).rejects.toThrow(
        `port already in use: ${port} (edge)`,
      );
    } finally {
      taken.close();
    }
    await expect(assertPortsFree([{ port, owner: 'edge' }], '127.0.0.1')).resolves.toBeUndefined();
  });
});
