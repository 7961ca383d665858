// The parser ships no types; what it returns is checked with zod in prometheus-text.ts.
declare module 'parse-prometheus-text-format' {
  export default function parsePrometheusTextFormat(text: string): unknown;
}
