/**
 * How a child the runner started says what one of its parts is doing while it starts: one line on
 * its output, `::progress:: <part> <what>`. The runner keeps it for its own account of the wait
 * instead of echoing it (see StageProgress).
 */
const marker = '::progress:: ';

export function progressLine(part: string, what: string): string {
  return `${marker}${part} ${what}`;
}

export function readProgressLine(line: string): { part: string; what: string } | undefined {
  if (!line.startsWith(marker)) return undefined;
  const rest = line.slice(marker.length);
  const space = rest.indexOf(' ');
  if (space <= 0) return undefined;
  return { part: rest.slice(0, space), what: rest.slice(space + 1) };
}
