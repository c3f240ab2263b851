// Small wording helpers of the replay: names from the log, clock offsets, durations and name lists in a language.
import { DICTIONARIES, fill, type Dict } from '../i18n';
import type { SessionEvent } from '../session/events';
import { LANGUAGES, type Language } from '../session/roster';

/** Child id → nickname. */
export type ReplayNames = ReadonlyMap<string, string>;

/**
 * Names as the session knew them: every roster snapshot in the log (session.started, roster.synced), the
 * latest nickname winning; `fallback` (the group's current roster) names children the log does not.
 */
export function namesFromLog(events: readonly SessionEvent[], fallback: Iterable<readonly [string, string]> = []): Map<string, string> {
  const names = new Map<string, string>();
  // An erased child's placeholder has no name: such a child stays "someone" rather than a blank.
  const set = (id: string, name: string) => (name ? names.set(id, name) : names.delete(id));
  for (const [id, name] of fallback) set(id, name);
  for (const e of events) {
    if (e.type === 'session.started' || e.type === 'roster.synced') for (const r of e.payload.roster) set(r.childId, r.nickname);
  }
  return names;
}

/** The dictionary's language: the words of strength and prompt cards live with the cards, not in the dictionary. */
export function languageOf(t: Dict): Language {
  return LANGUAGES.find((l) => DICTIONARIES[l] === t) ?? 'en';
}

/** "mm:ss" from the session's start (hours fold into minutes: a session is never that long). */
export function clock(offsetMs: number): string {
  const s = Math.max(0, Math.floor(offsetMs / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** "42 s", "1 min 05 s": how long a child presented, a timer was set for. */
export function durationWords(ms: number, t: Dict): string {
  const tt = t.reviewReplay.time;
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return fill(tt.seconds, { s });
  return fill(tt.minutes, { m: Math.floor(s / 60), s: String(s % 60).padStart(2, '0') });
}

/** "Lili, Tao and Mei" / "Lili、Tao和Mei". */
export function listWords(items: readonly string[], t: Dict): string {
  const { sep, last } = t.reviewReplay.list;
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(sep)}${last}${items.at(-1)}`;
}

/** A child's name, or "someone" for a child no roster names (an erased child's placeholder). */
export function nameIn(names: ReplayNames, t: Dict): (childId: string) => string {
  return (childId) => names.get(childId) ?? t.reviewReplay.someone;
}
