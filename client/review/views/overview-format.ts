// How the overview and the report write dates, durations, scores and children's names in the page's language.
import { fill } from '../../../shared/i18n';
import { lang, t } from '../../common/i18n';
import { childName, type GroupData } from '../data';

/** `timeZone`: the centre's (from the review API), so the page shows the day and hour the exports show. */
export function formatDate(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat(lang(), { timeZone, year: 'numeric', month: 'short', day: 'numeric' }).format(ms);
}

export function formatDateTime(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat(lang(), { timeZone, year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(ms);
}

/** Rounded to whole minutes; under a minute in seconds (a short talk is still a talk). */
export function formatDuration(ms: number): string {
  const u = t().reviewOverview.units;
  if (ms < 60_000) return fill(u.seconds, { n: Math.round(ms / 1000) });
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return fill(u.minutes, { n: minutes });
  return fill(u.hoursMinutes, { h: Math.floor(minutes / 60), m: minutes % 60 });
}

/** A measure like G* with two decimals in the page's number style. */
export function formatNumber(n: number, digits = 2): string {
  return new Intl.NumberFormat(lang(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

export function names(data: GroupData, ids: readonly string[]): string {
  return ids.map((id) => childName(data, id)).join(lang() === 'zh-CN' ? '、' : ', ');
}

/** An instrument's title in the page's language; the id when the catalog no longer has it. */
export function instrumentTitle(title: { en: string; 'zh-CN': string } | null, id: string): string {
  return title ? title[lang()] : id;
}

/** A scale's short name for a narrow cell: the abbreviation in its title's last brackets ("RSES"), else the title. */
export function shortTitle(title: string): string {
  const m = /[（(]([^（()）]+)[）)]\s*$/.exec(title);
  return m?.[1] ?? title;
}
