import { execFileSync } from 'node:child_process';

/** Where the BFFs reach the delivery service during the journeys: a relay in a process of its own (tcpRelay.ts). */
export const deliveryRelayPort = 4199;

/** The process listening on the relay's port, as the operating system says. */
function relayPid(): number {
  const pids = execFileSync('lsof', ['-t', `-iTCP:${deliveryRelayPort}`, '-sTCP:LISTEN'], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map(Number);
  if (pids.length !== 1) throw new Error(`expected one process listening on :${deliveryRelayPort}, found ${pids.join(', ') || 'none'}`);
  return pids[0]!;
}

/**
 * Stops the delivery service answering the BFFs for real: the relay's process is stopped (SIGSTOP),
 * so connections are accepted by the kernel and never answered, as a hung service's are. Returns
 * what starts it again (SIGCONT); call it even when the test fails.
 */
export function stopDeliveryService(): () => void {
  const pid = relayPid();
  process.kill(pid, 'SIGSTOP');
  return () => process.kill(pid, 'SIGCONT');
}
