/**
 * The slice of a logger the broker needs. Structural, so a pino logger fits without this package
 * depending on pino.
 */
export interface BrokerLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Used when the host gives no logger: failures must still be seen somewhere. */
export const consoleLogger: BrokerLogger = {
  info: (obj, msg) => console.info(msg, obj),
  warn: (obj, msg) => console.warn(msg, obj),
  error: (obj, msg) => console.error(msg, obj),
};
