type LogFn = (details: object, message: string) => void;

/** What the kit logs through; a pino logger (createLogger from @tiffin/http-kit) fits it. */
export interface KitLogger {
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}
