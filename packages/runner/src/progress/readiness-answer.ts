/**
 * What a readiness URL's answer says a part is waiting for, in a few words: a service's /health
 * answers 503 with the part that is down (`{"database":"up","broker":"disconnected",…}`).
 */
export function describeReadinessAnswer(status: number, body: string): string {
  let report: Record<string, unknown> = {};
  try {
    report = JSON.parse(body) as Record<string, unknown>;
  } catch {
    // Not a readiness report: the status says what there is to say.
  }
  const reasons: string[] = [];
  if (report.database !== undefined && report.database !== 'up') reasons.push(`database ${String(report.database)}`);
  if (report.broker !== undefined && report.broker !== 'connected') reasons.push(`broker ${String(report.broker)}`);
  const consumers = Object.entries((report.consumers ?? {}) as Record<string, unknown>).filter(([, state]) => state !== 'consuming');
  if (consumers.length > 0) reasons.push(`${consumers.map(([name]) => name).join(', ')} not consuming`);
  return reasons.length > 0 ? `not ready: ${reasons.join('; ')}` : `answers ${status}`;
}
