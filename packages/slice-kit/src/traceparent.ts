const hex = (bytes: number) => Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * A W3C traceparent for one call to the BFF: an order's trace begins with the browser's request.
 * The browser records no span of its own; the edge continues the trace id (and decides, by its
 * sampling ratio, whether the trace is recorded: this flag cannot force it).
 */
export function newTraceparent(): string {
  return `00-${hex(16)}-${hex(8)}-01`;
}
