// Retention dates of groups: a calendar day 'YYYY-MM-DD'; the group's data is purged after the end of that day, server-local time.

/** The shape the API accepts; `isCalendarDate` checks that the day exists. */
export const RETENTION_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function parts(date: string): [number, number, number] | null {
  if (!RETENTION_DATE_PATTERN.test(date)) return null;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** True for a real day of the calendar (no 30 February), years 2000–9999. */
export function isCalendarDate(date: string): boolean {
  const p = parts(date);
  if (!p) return false;
  const [y, m, d] = p;
  if (y < 2000 || m < 1 || m > 12 || d < 1) return false;
  // Day 0 of the next month is the last day of this one (UTC, so no time zone shifts it).
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The moment the retention ends: local midnight at the start of the day after `date`, in ms. */
export function retentionEndsAt(date: string): number {
  const p = parts(date);
  if (!p || !isCalendarDate(date)) throw new Error(`not a calendar date: "${date}"`);
  const [y, m, d] = p;
  return new Date(y, m - 1, d + 1).getTime();
}

/** Whether a group dated `date` is due for its purge at `now`; undated groups never are. */
export function retentionExpired(date: string | null, now: number): boolean {
  return date !== null && isCalendarDate(date) && now >= retentionEndsAt(date);
}

/** Today's local date as 'YYYY-MM-DD' (what a date input shows). */
export function localDate(now: number): string {
  const d = new Date(now);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}
