import type { Ticket } from '@tiffin/contracts';
import { preparationMinutesByDish, usualPreparationMinutes } from './preparation-times';

/** Each portion after the first adds this much to plating, whatever the dish. */
export const minutesPerFurtherPortion = 1;

/**
 * How long the kitchen takes for a ticket: the dishes cook side by side, so the longest of them,
 * plus a minute to plate each further portion.
 */
export function preparationMinutesOf(lines: Ticket['lines']): number {
  const longest = Math.max(...lines.map((line) => preparationMinutesByDish[line.menuItemId] ?? usualPreparationMinutes));
  const portions = lines.reduce((total, line) => total + line.quantity, 0);
  return longest + Math.max(0, portions - 1) * minutesPerFurtherPortion;
}

/** When the food of a ticket started now should be ready. */
export function readyByOf(lines: Ticket['lines'], from: Date): { readyBy: string; preparationMinutes: number } {
  const preparationMinutes = preparationMinutesOf(lines);
  return { readyBy: new Date(from.getTime() + preparationMinutes * 60_000).toISOString(), preparationMinutes };
}
