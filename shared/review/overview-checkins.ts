// Check-in results for the review: which instruments a group used, each child's latest daily and first/last scale totals.
import type { ReviewCheckin } from '../api/review';
import type { Instrument, LocalText } from '../instruments/schema';

export type InstrumentKind = Instrument['kind'];

/** An instrument as the review shows it; `known` is false for an id the server's catalog no longer has. */
export interface UsedInstrument {
  id: string;
  kind: InstrumentKind;
  title: LocalText | null;
  min: number | null;
  max: number | null;
  known: boolean;
}

/** A finished check-in's total: which session, when. */
export interface CheckinScore {
  session: number;
  at: number;
  total: number;
}

export interface ChildCheckins {
  /** The latest finished daily check-in (any daily instrument), or null. */
  daily: (CheckinScore & { instrumentId: string }) | null;
  /** Per scale instrument the child finished: the first and the last total (the same one when only one). */
  scales: { instrumentId: string; first: CheckinScore; last: CheckinScore; count: number }[];
}

/** A response counts once it has a total: finished with every item answered (no silent prorating). */
function scored(c: ReviewCheckin): c is ReviewCheckin & { total: number } {
  return c.status === 'finished' && c.total !== null;
}

/** Instruments with at least one scored response, daily ones first, then in order of first use. */
export function instrumentsUsed(checkins: readonly ReviewCheckin[], catalog: readonly Instrument[]): UsedInstrument[] {
  const seen = new Map<string, UsedInstrument>();
  for (const c of checkins) {
    if (!scored(c) || seen.has(c.instrumentId)) continue;
    const known = catalog.find((i) => i.id === c.instrumentId);
    seen.set(c.instrumentId, {
      id: c.instrumentId,
      // An unknown instrument was given once and then removed; a scale is the safer reading (no daily trend promise).
      kind: known?.kind ?? 'scale',
      title: known?.title ?? null,
      min: known?.scoring.total.min ?? null,
      max: known?.scoring.total.max ?? null,
      known: known !== undefined,
    });
  }
  const all = [...seen.values()];
  return [...all.filter((i) => i.kind === 'daily'), ...all.filter((i) => i.kind !== 'daily')];
}

export function childCheckins(childId: string, checkins: readonly ReviewCheckin[], used: readonly UsedInstrument[]): ChildCheckins {
  const kindOf = new Map(used.map((i) => [i.id, i.kind]));
  const mine = checkins.filter((c): c is ReviewCheckin & { total: number } => c.childId === childId && scored(c)).sort((a, b) => a.at - b.at);
  let daily: ChildCheckins['daily'] = null;
  const scales = new Map<string, ChildCheckins['scales'][number]>();
  for (const c of mine) {
    const score: CheckinScore = { session: c.session, at: c.at, total: c.total };
    if (kindOf.get(c.instrumentId) === 'daily') {
      daily = { ...score, instrumentId: c.instrumentId };
      continue;
    }
    const s = scales.get(c.instrumentId);
    if (s) {
      s.last = score;
      s.count += 1;
    } else scales.set(c.instrumentId, { instrumentId: c.instrumentId, first: score, last: score, count: 1 });
  }
  return { daily, scales: [...scales.values()] };
}

/**
 * One value per session (oldest first) per child: the child's last scored total of the instrument in that
 * session, or null (absent, declined, not asked, or skipped items).
 */
export function checkinBySession(checkins: readonly ReviewCheckin[], instrumentId: string, childId: string, sessions: number): (number | null)[] {
  const values: (number | null)[] = Array.from({ length: sessions }, () => null);
  const mine = checkins.filter((c) => c.childId === childId && c.instrumentId === instrumentId && scored(c)).sort((a, b) => a.at - b.at);
  for (const c of mine) if (c.session >= 1 && c.session <= sessions) values[c.session - 1] = c.total;
  return values;
}
