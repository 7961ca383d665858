import type { FirstLoad } from './measureLoad';

export const targets = { bytesRatio: 1.1, requests: 12, switchCodeRequests: 0 };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

export function medianLoad(runs: FirstLoad[]): FirstLoad {
  return {
    jsGzipBytes: median(runs.map((r) => r.jsGzipBytes)),
    requests: median(runs.map((r) => r.requests)),
    msToRestaurantList: median(runs.map((r) => r.msToRestaurantList)),
    switchCodeRequests: Math.max(...runs.map((r) => r.switchCodeRequests)),
    scripts: runs.at(-1)?.scripts ?? [],
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

/** The side-by-side table bench:web prints, and whether each target is met. */
export function formatReport(federated: FirstLoad, monolith: FirstLoad, runs: number): string {
  const rows: [string, string, string, string][] = [
    ['', 'federated', 'monolith', 'ratio'],
    ['JS bytes (gzip)', kb(federated.jsGzipBytes), kb(monolith.jsGzipBytes), ratio(federated.jsGzipBytes, monolith.jsGzipBytes)],
    ['requests', String(federated.requests), String(monolith.requests), ratio(federated.requests, monolith.requests)],
    ['ms to restaurant list', String(federated.msToRestaurantList), String(monolith.msToRestaurantList), ratio(federated.msToRestaurantList, monolith.msToRestaurantList)],
    ['code requests, switch to Orders', String(federated.switchCodeRequests), String(monolith.switchCodeRequests), ''],
  ];
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  const table = rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!))).join('   '));
  const bytesRatio = federated.jsGzipBytes / monolith.jsGzipBytes;
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const listing = (name: string, load: FirstLoad) => [
    `${name} scripts (last run):`,
    ...load.scripts.map((script) => `  ${kb(script.gzipBytes).padStart(9)}  ${script.url}`),
  ];
  return [
    ...listing('federated', federated),
    ...listing('monolith', monolith),
    '',
    `First load of /catalog, cold cache, Chromium; median of ${runs} runs each (switch: worst run).`,
    ...table,
    '',
    `target bytes ≤ ${targets.bytesRatio}× monolith: ${verdict(bytesRatio <= targets.bytesRatio)} (${bytesRatio.toFixed(2)}×)`,
    `target requests ≤ ${targets.requests}: ${verdict(federated.requests <= targets.requests)} (${federated.requests})`,
    `target switch after preload with 0 code requests: ${verdict(federated.switchCodeRequests === targets.switchCodeRequests)} (${federated.switchCodeRequests})`,
  ].join('\n');
}
