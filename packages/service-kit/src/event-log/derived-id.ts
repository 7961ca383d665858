import { createHash } from 'node:crypto';

/**
 * A UUID (version 5 layout) that is the same whenever the same parts are given: a replay that runs
 * twice (its command redelivered after a crash) republishes under the same message ids, so the
 * view's inbox takes each replayed event once.
 */
export function derivedId(...parts: readonly string[]): string {
  const hex = createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
