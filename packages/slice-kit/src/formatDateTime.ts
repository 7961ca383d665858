const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** An ISO timestamp in the customer's time zone, e.g. "Nov 21, 2026, 12:00 PM". */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

const timeOfDay = new Intl.DateTimeFormat('en-US', { timeStyle: 'short' });

/** The time of day of an ISO timestamp in the customer's time zone, e.g. "6:42 PM": a step of today's order. */
export function formatTime(iso: string): string {
  return timeOfDay.format(new Date(iso));
}
