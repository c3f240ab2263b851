// The worker's pre/post choice per group (instrument, sessions, children, RCI norms), kept in memory for the visit; the report reuses it.
import {
  analysePrePost,
  defaultPrePostChoice,
  groupPreTestSd,
  instrumentsWithResponses,
  type PrePostAnalysis,
  type PrePostChoice,
  type PrePostNorms,
  type PrePostPopulation,
} from '../../../shared/review/prepost';
import type { GroupData } from '../data';

/** Where the RCI's sd and reliability come from. */
export type NormsMode = 'instrument' | 'entered' | 'group';

export interface PrePostUiState {
  instrumentId: string;
  preSession: number;
  postSession: number;
  normsMode: NormsMode;
  /** Which children: research-consented only unless the worker picks the internal service evaluation. */
  population: PrePostPopulation;
  /** The fields as typed, so a half-typed number is not lost on a redraw. */
  sd: string;
  reliability: string;
  source: string;
}

const memory = new Map<string, PrePostUiState>();

/** The instrument's published norms, when its version has them. */
export function instrumentNorms(data: GroupData, instrumentId: string) {
  return data.instruments.find((i) => i.id === instrumentId)?.norms ?? null;
}

/** First and last session with a score of this instrument (any response when none has a score). */
export function defaultSessions(data: GroupData, instrumentId: string): { preSession: number; postSession: number } | null {
  const entry = instrumentsWithResponses(data.review.checkins, data.instruments).find((e) => e.instrumentId === instrumentId);
  if (!entry || entry.sessions.length === 0) return null;
  const scored = entry.sessions.filter((s) => s.scored > 0);
  const pool = scored.length ? scored : entry.sessions;
  return { preSession: (pool[0] as { session: number }).session, postSession: (pool[pool.length - 1] as { session: number }).session };
}

/** A fresh state for an instrument: its first and last sessions, its own norms when it has them. */
export function stateForInstrument(data: GroupData, instrumentId: string, keep?: PrePostUiState): PrePostUiState | null {
  const sessions = defaultSessions(data, instrumentId);
  if (!sessions) return null;
  const hasNorms = instrumentNorms(data, instrumentId) !== null;
  const normsMode: NormsMode = hasNorms ? 'instrument' : keep && keep.normsMode !== 'instrument' ? keep.normsMode : 'entered';
  return {
    instrumentId,
    ...sessions,
    normsMode,
    population: keep?.population ?? 'research',
    sd: keep?.sd ?? '',
    reliability: keep?.reliability ?? '',
    source: keep?.source ?? '',
  };
}

/** The remembered choice for this group, or the default (first and last RSES); null when nothing was answered. */
export function prePostState(data: GroupData): PrePostUiState | null {
  const remembered = memory.get(data.group.id);
  // Kept only while its instrument and sessions still have answers (the group's data may have been reloaded).
  if (remembered) {
    const answered = instrumentsWithResponses(data.review.checkins, data.instruments).find((e) => e.instrumentId === remembered.instrumentId);
    const has = (n: number) => answered?.sessions.some((x) => x.session === n) ?? false;
    if (has(remembered.preSession) && has(remembered.postSession)) return remembered;
  }
  const choice = defaultPrePostChoice(data.review.checkins, data.instruments);
  const fallback = instrumentsWithResponses(data.review.checkins, data.instruments)[0]?.instrumentId;
  const instrumentId = choice?.instrumentId ?? fallback;
  if (!instrumentId) return null;
  const state = stateForInstrument(data, instrumentId);
  return state && choice ? { ...state, preSession: choice.preSession, postSession: choice.postSession } : state;
}

export function rememberPrePost(groupId: string, state: PrePostUiState): void {
  memory.set(groupId, state);
}

export function choiceOf(state: PrePostUiState): PrePostChoice {
  return { instrumentId: state.instrumentId, preSession: state.preSession, postSession: state.postSession, population: state.population };
}

/** A typed number: empty → null; "0,85" is read as 0.85; anything else unreadable → NaN (the analysis says so). */
export function parseTyped(text: string): number | null {
  const s = text.trim().replace(',', '.');
  return s === '' ? null : Number(s);
}

/** The norms the analysis gets for this state, or undefined when none are set yet. */
export function normsFor(state: PrePostUiState, data: GroupData): PrePostNorms | undefined {
  if (state.normsMode === 'instrument') {
    const n = instrumentNorms(data, state.instrumentId);
    return n ? { sd: n.sd, reliability: n.reliability, source: n.source } : undefined;
  }
  const reliability = parseTyped(state.reliability);
  if (state.normsMode === 'group') {
    const sd = groupPreTestSd(data.review.checkins, data.review.children, choiceOf(state));
    return sd === null || reliability === null ? undefined : { sd, reliability, source: '', fromGroup: true };
  }
  const sd = parseTyped(state.sd);
  return sd === null && reliability === null ? undefined : { sd: sd ?? Number.NaN, reliability: reliability ?? Number.NaN, source: state.source.trim() };
}

export function analyseState(state: PrePostUiState, data: GroupData): PrePostAnalysis {
  return analysePrePost(data.review.checkins, data.review.children, choiceOf(state), normsFor(state, data));
}

/** The analysis the pre/post tab currently shows for this group (its default before a visit), for the report. */
export function currentPrePostAnalysis(data: GroupData): PrePostAnalysis | null {
  const state = prePostState(data);
  return state ? analyseState(state, data) : null;
}
