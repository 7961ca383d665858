/** A count with its noun as a person says it: "1 item", "2 items", "0 items"; the shell and every slice agree. */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}
