import { pino, type Logger } from 'pino';
import { loadEnv } from '@tiffin/topology';

export type { Logger };

/** One JSON line per event on stdout; the level comes from TIFFIN_LOG_LEVEL so one switch quiets everything. */
export function createLogger(name: string, env: NodeJS.ProcessEnv = process.env): Logger {
  return pino({ name, level: loadEnv(env).TIFFIN_LOG_LEVEL });
}
