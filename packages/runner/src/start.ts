import { parseArgs } from 'node:util';
import { sayToConsole as say } from './console';
import { LaunchAborted, launchTiffin, type RunningTiffin } from './launch';
import type { Backend } from './plan';
import { describeExit, type RunningChild } from './processes';
import { maxReplicas } from './replicas';
import { StartupError } from './wait';

const usage = 'usage: pnpm start [--skip-build] [--backend embedded|rabbitmq] [--replicas N]';

function showTail(child: RunningChild): void {
  if (child.tail.last.length === 0) return;
  say(`[runner] last lines of ${child.name}:`);
  for (const line of child.tail.last) say(`  ${line}`);
}

const { values: options } = (() => {
  try {
    return parseArgs({
      options: { 'skip-build': { type: 'boolean', default: false }, backend: { type: 'string', default: 'embedded' }, replicas: { type: 'string', default: '1' } },
    });
  } catch (error) {
    say(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
})();
if (options.backend !== 'embedded' && options.backend !== 'rabbitmq') {
  say(`--backend ${options.backend}: not a back end\n${usage}`);
  process.exit(2);
}
const backend: Backend = options.backend;
const replicas = Number(options.replicas);
if (!Number.isInteger(replicas) || replicas < 1 || replicas > maxReplicas) {
  say(`--replicas ${options.replicas}: a whole number from 1 to ${maxReplicas}\n${usage}`);
  process.exit(2);
}

const interrupt = new AbortController();
let tiffin: RunningTiffin | undefined;
let signalledAt: number | undefined;
/**
 * pnpm relays to us the Ctrl-C the terminal already sent our whole process group, so one press can
 * arrive twice within milliseconds; only a deliberate second press means "now".
 */
const echoWindowMs = 1_000;

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (signalledAt !== undefined) {
      // Exiting kills every process group still alive (see processes.ts).
      if (Date.now() - signalledAt > echoWindowMs) process.exit(1);
      return;
    }
    signalledAt = Date.now();
    say(`[runner] ${signal}: stopping Tiffin …`);
    if (!tiffin) {
      interrupt.abort();
      return;
    }
    void tiffin.stop().then(() => {
      say('[runner] stopped');
      process.exit(0);
    });
  });
}

try {
  tiffin = await launchTiffin({ skipBuild: options['skip-build'], backend, replicas, signal: interrupt.signal });
} catch (error) {
  if (error instanceof LaunchAborted) {
    say('[runner] stopped');
    process.exit(0);
  }
  if (error instanceof StartupError) {
    say(`[runner] ${error.message}`);
    if (error.child) showTail(error.child);
  } else {
    say(`[runner] start-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  process.exit(1);
}

say(`Tiffin is running at ${tiffin.url}`);

const crash = await tiffin.crashed;
say(`[runner] ${crash.child.name} ${describeExit(crash.exit)}; stopping Tiffin`);
showTail(crash.child);
await tiffin.stop();
process.exit(1);
