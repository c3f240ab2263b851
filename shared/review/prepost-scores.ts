// Which check-in answers count as pre/post scores, why a child has none, and the default pre/post choice (first and last RSES).
import type { ReviewCheckin } from '../api/review';
import type { Instrument } from '../instruments';

/** Which children a pre/post comparison covers. */
export type PrePostPopulation =
  /** Children whose guardians consented to research export: figures a report may give, reproducible from the exports. */
  | 'research'
  /** Every child taking part, consented or not: a service evaluation for internal use only. */
  | 'all';

/** Which instrument, which two sessions (numbers in the group, 1-based) and which children a pre/post comparison uses. */
export interface PrePostChoice {
  instrumentId: string;
  preSession: number;
  postSession: number;
  /** Default 'research': the set a worker may publish, so the page and the research export give the same numbers. */
  population?: PrePostPopulation;
}

/**
 * Why a child has no score at one of the two sessions. Declined is the child's own choice (assent) and is never
 * reported as missing data by accident; the others say what happened instead.
 */
export type MissingReason =
  /** No check-in of this instrument was recorded for the child in that session (absent, or joined later). */
  | 'no-response'
  /** The child said "not today". */
  | 'declined'
  /** The child finished but skipped at least one item: no total (scores are never prorated). */
  | 'incomplete'
  /** The round ended before the child reached the end. */
  | 'round-ended'
  /** Present, but never began. */
  | 'no-answer';

/** A child's score at one session, or the reason there is none. */
export type SideScore = { score: number; version: string } | { score: null; reason: MissingReason };

/** True for a response whose total counts as a score: finished, every item answered, a finite total. */
export function isScored(c: Pick<ReviewCheckin, 'status' | 'total' | 'skipped'>): c is typeof c & { total: number } {
  return c.status === 'finished' && typeof c.total === 'number' && Number.isFinite(c.total) && c.skipped.length === 0;
}

function reasonOf(c: ReviewCheckin): MissingReason {
  switch (c.status) {
    case 'declined':
      return 'declined';
    case 'partial':
      return 'round-ended';
    case 'no-answer':
      return 'no-answer';
    default:
      return 'incomplete';
  }
}

/**
 * The child's score for an instrument at a session. If a round ran twice, the latest scored answer counts;
 * with no scored answer the latest response says why.
 */
export function sideScore(checkins: readonly ReviewCheckin[], childId: string, instrumentId: string, session: number): SideScore {
  const mine = checkins.filter((c) => c.childId === childId && c.instrumentId === instrumentId && c.session === session).sort((a, b) => a.at - b.at);
  const scored = mine.filter(isScored);
  const best = scored[scored.length - 1];
  if (best) return { score: best.total as number, version: best.version };
  const last = mine[mine.length - 1];
  return { score: null, reason: last ? reasonOf(last) : 'no-response' };
}

/** One session's check-ins of an instrument: how many responses, and how many of them are scores. */
export interface SessionResponses {
  session: number;
  responses: number;
  scored: number;
}

/** The sessions in which an instrument was answered (oldest first), for the pre and post pickers. */
export function sessionsWithResponses(checkins: readonly ReviewCheckin[], instrumentId: string): SessionResponses[] {
  const bySession = new Map<number, SessionResponses>();
  for (const c of checkins) {
    if (c.instrumentId !== instrumentId) continue;
    const s = bySession.get(c.session) ?? { session: c.session, responses: 0, scored: 0 };
    s.responses++;
    if (isScored(c)) s.scored++;
    bySession.set(c.session, s);
  }
  return [...bySession.values()].sort((a, b) => a.session - b.session);
}

/** The instruments answered in a group, scales first (pre/post is what they are for), each with its sessions. */
export function instrumentsWithResponses(
  checkins: readonly ReviewCheckin[],
  instruments: readonly Pick<Instrument, 'id' | 'kind'>[],
): { instrumentId: string; kind: Instrument['kind'] | null; sessions: SessionResponses[] }[] {
  const ids = [...new Set(checkins.map((c) => c.instrumentId))];
  const kindOf = (id: string) => instruments.find((i) => i.id === id)?.kind ?? null;
  const rank = (id: string) => (kindOf(id) === 'scale' ? 0 : kindOf(id) === 'daily' ? 2 : 1);
  return ids
    .map((instrumentId) => ({ instrumentId, kind: kindOf(instrumentId), sessions: sessionsWithResponses(checkins, instrumentId) }))
    .sort((a, b) => rank(a.instrumentId) - rank(b.instrumentId));
}

/** The Rosenberg Self-Esteem Scale in any of its shipped orders (ids or family "rses", "rses-…"). */
export function isRses(ins: Pick<Instrument, 'id' | 'kind' | 'family'>): boolean {
  const named = (x: string | undefined) => x === 'rses' || (x ?? '').startsWith('rses-');
  return ins.kind === 'scale' && (named(ins.id) || named(ins.family));
}

/**
 * The default comparison: the first and the last session with an RSES score. Several RSES versions in one group:
 * the one answered in the most sessions. No RSES: the same rule over any scale; no scale answered: null.
 * One session only gives pre = post (the analysis then says so rather than testing nothing).
 */
export function defaultPrePostChoice(
  checkins: readonly ReviewCheckin[],
  instruments: readonly Pick<Instrument, 'id' | 'kind' | 'family'>[],
): PrePostChoice | null {
  const pick = (accept: (ins: Pick<Instrument, 'id' | 'kind' | 'family'>) => boolean): PrePostChoice | null => {
    let best: { instrumentId: string; sessions: number[] } | null = null;
    for (const ins of instruments) {
      if (!accept(ins)) continue;
      const answered = sessionsWithResponses(checkins, ins.id);
      const withScores = answered.filter((s) => s.scored > 0);
      const sessions = (withScores.length > 0 ? withScores : answered).map((s) => s.session);
      if (sessions.length > (best?.sessions.length ?? 0)) best = { instrumentId: ins.id, sessions };
    }
    if (!best) return null;
    return {
      instrumentId: best.instrumentId,
      preSession: best.sessions[0] as number,
      postSession: best.sessions[best.sessions.length - 1] as number,
      population: 'research',
    };
  };
  return pick(isRses) ?? pick((ins) => ins.kind === 'scale');
}
