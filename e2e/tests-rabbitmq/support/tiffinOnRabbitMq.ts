import { spawn } from 'node:child_process';
import { repoRoot } from '@tiffin/topology';
import { dropRun } from './dropRun';

/**
 * `node --import tsx tiffinOnRabbitMq.ts`: Playwright's web server for these journeys. Runs `pnpm
 * start --backend rabbitmq` and, once it has stopped (Playwright sends SIGINT at the end), drops the
 * run's databases, exchange and queues, so nothing is left on the shared servers and nothing is
 * dropped from under services still running.
 */
const tiffin = spawn('pnpm', ['start', '--skip-build', '--backend', 'rabbitmq'], { cwd: repoRoot, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => tiffin.kill(signal));
tiffin.on('exit', (code) => {
  dropRun().then(
    () => process.exit(code ?? 0),
    (error: unknown) => {
      console.error(`dropping the run's databases and queues failed: ${(error as Error).message}`);
      process.exit(1);
    },
  );
});
