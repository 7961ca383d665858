/**
 * The functional suites run on the embedded back ends (PGlite, the in-process broker) and on the real
 * ones (PostgreSQL, RabbitMQ). `pnpm test:fast` sets TIFFIN_TEST_BACKENDS=embedded for the inner loop:
 * the same suites, on the embedded back ends alone, with no server to wait for. CI runs both.
 */
export const externalBackendsTested = process.env.TIFFIN_TEST_BACKENDS !== 'embedded';

/** What a suite runs on: the embedded variant, and the external one unless only embedded is tested. */
export function testedBackends<T>(embedded: T, external: T): T[] {
  return externalBackendsTested ? [embedded, external] : [embedded];
}
