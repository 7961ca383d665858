import { pino } from 'pino';
import type { KitLogger } from '../logger';

export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/** A real pino logger (what services pass in) writing into an array the test can read. */
export function recordingLogger(): { logger: KitLogger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line) as LogLine) });
  return { logger, lines };
}

export const pinoLevels = { warn: 40, error: 50 } as const;
