// Formatting of durations and times for the console, in the page's language.
import { fill } from '../../shared/i18n';
import { lang, t } from '../common/i18n';

/** "12 s", "2 min", "1 h 5 min": short enough for a seat row, exact enough to notice a long wait. */
export function duration(ms: number): string {
  const tt = t().consolePage.time;
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return fill(tt.seconds, { n: s });
  const m = Math.floor(s / 60);
  if (m < 60) return fill(tt.minutes, { n: m });
  return fill(tt.hoursMinutes, { h: Math.floor(m / 60), m: m % 60 });
}

export function dateTime(ms: number): string {
  return new Intl.DateTimeFormat(lang(), { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

export function date(ms: number): string {
  return new Intl.DateTimeFormat(lang(), { dateStyle: 'medium' }).format(ms);
}

export function clockTime(ms: number, seconds = false): string {
  return new Intl.DateTimeFormat(lang(), {
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
    hour12: false,
  }).format(ms);
}
