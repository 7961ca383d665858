import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** Keeps a child's last lines so a failure can be explained without scrolling. */
export class OutputTail {
  private readonly lines: string[] = [];

  constructor(private readonly size = 40) {}

  push(line: string): void {
    this.lines.push(line);
    if (this.lines.length > this.size) this.lines.shift();
  }

  get last(): readonly string[] {
    return this.lines;
  }
}

/** Calls `onLine` for each line a stream writes; resolves once the stream has ended. */
export function forEachLine(stream: Readable, onLine: (line: string) => void): Promise<void> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  lines.on('line', onLine);
  return new Promise((resolve) => lines.once('close', resolve));
}
