// Dates and times in the centre's time zone (an IANA name such as "Asia/Shanghai"), for exports, review and report.

const formats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock fields of `ms` in `timeZone` (formatters are cached: an export writes thousands). */
function wallClock(ms: number, timeZone: string): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, f);
  }
  const part: Record<string, number> = {};
  for (const p of f.formatToParts(ms)) if (p.type !== 'literal') part[p.type] = Number(p.value);
  return { y: part.year!, mo: part.month!, d: part.day!, h: part.hour!, mi: part.minute!, s: part.second! };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const day = (w: ReturnType<typeof wallClock>) => `${pad(w.y, 4)}-${pad(w.mo)}-${pad(w.d)}`;

/** YYYY-MM-DD of `ms` in `timeZone`: the day the centre lived it, not the UTC day. */
export function localDate(ms: number, timeZone: string): string {
  return day(wallClock(ms, timeZone));
}

/** ISO 8601 in `timeZone` with its offset at that moment ("2026-03-06T04:30:00.123+08:00"): local, yet exact. */
export function localTimestamp(ms: number, timeZone: string): string {
  const w = wallClock(ms, timeZone);
  const millis = ((ms % 1000) + 1000) % 1000;
  // The offset is what separates the wall clock from UTC at this instant (it changes with summer time).
  const offsetMin = Math.round((Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s, millis) - ms) / 60_000);
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  return `${day(w)}T${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}.${pad(millis, 3)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
