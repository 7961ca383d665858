/** The runner talks to a person: plain lines, one prefix per source, nothing else on the console. */
export type Say = (line: string) => void;

export const sayToConsole: Say = (line) => {
  process.stdout.write(`${line}\n`);
};

export function seconds(sinceMs: number): string {
  return `${((Date.now() - sinceMs) / 1000).toFixed(1)}s`;
}
