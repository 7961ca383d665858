const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** An ISO timestamp in the customer's time zone, e.g. "Nov 21, 2026, 12:00 PM". */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}
