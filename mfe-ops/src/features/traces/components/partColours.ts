/** Colour classes for the processes of a trace (traces.css), given in the order they first appear. */
/** Enough for an order's processes (about 9) to each have its own. */
const paletteSize = 12;

export function partColours(parts: readonly string[]): Map<string, string> {
  const colours = new Map<string, string>();
  for (const part of parts) if (!colours.has(part)) colours.set(part, `ops-trace-part-${colours.size % paletteSize}`);
  return colours;
}
