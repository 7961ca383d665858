import { isIPv4, isIPv6 } from 'node:net';

/** The eight groups of an IPv6 address, `::` expanded; undefined for anything else. */
function ipv6Groups(address: string): string[] | undefined {
  if (!isIPv6(address)) return undefined;
  const [head = '', tail] = address.toLowerCase().split('::');
  const groupsOf = (part: string) => (part === '' ? [] : part.split(':'));
  const before = groupsOf(head);
  const after = tail === undefined ? [] : groupsOf(tail);
  // A trailing dotted IPv4 (::ffff:1.2.3.4) stands for two groups.
  const width = (groups: string[]) => groups.reduce((sum, group) => sum + (group.includes('.') ? 2 : 1), 0);
  const missing = 8 - width(before) - width(after);
  return [...before, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...after];
}

/**
 * What one client's failures are counted under. An IPv4 address is one client (a household or an
 * office behind one NAT shares it); an IPv6 subscriber is given a whole /64, so counting each address
 * would give an attacker 2^64 fresh starts. IPv4 written as IPv6 (`::ffff:203.0.113.7`) is the IPv4.
 */
export function clientNetwork(address: string): string {
  const trimmed = address.trim();
  if (isIPv4(trimmed)) return trimmed;
  const groups = ipv6Groups(trimmed);
  if (!groups) return trimmed;
  const last = groups.at(-1) ?? '';
  if (last.includes('.') && groups.slice(0, -2).every((group) => Number.parseInt(group, 16) === 0) && groups.at(-2) === 'ffff') return last;
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}
