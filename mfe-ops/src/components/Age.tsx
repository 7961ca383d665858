/** How long ago `iso` was, in the largest unit that reads well: "45 s", "3 min", "2 h". */
export function ageOf(iso: string, now = Date.now()): string {
  const seconds = Math.max(0, Math.round((now - new Date(iso).getTime()) / 1000));
  if (seconds < 90) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return `${minutes} min`;
  return `${Math.round(minutes / 60)} h`;
}

export function Age({ since }: { since: string }) {
  return <time dateTime={since} title={new Date(since).toLocaleString()}>{ageOf(since)}</time>;
}
