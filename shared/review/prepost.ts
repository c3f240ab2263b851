// analysePrePost: a group's pre/post comparison of one instrument — per-child change and RCI, paired t, Wilcoxon, small-n notes.
import type { ReviewCheckin } from '../api/review';
import type { ChildInfo } from '../api/schemas';
import {
  equalityTolerance,
  mean,
  median,
  pairedTTest,
  pairScores,
  reliableChange,
  RCI_THRESHOLD,
  sd,
  wilcoxonSignedRank,
  type PairedTResult,
  type WilcoxonResult,
} from '../stats';
import { prePostNotes, type PrePostNote } from './prepost-notes';
import { sideScore, type MissingReason, type PrePostChoice, type PrePostPopulation, type SideScore } from './prepost-scores';

export * from './prepost-scores';
export type { PrePostNote, PrePostNoteCode } from './prepost-notes';

/** The norm sd and reliability the RCI uses, and where they come from (shown beside the results). */
export interface PrePostNorms {
  sd: number;
  reliability: number;
  /** Where the numbers come from, in the worker's words or the instrument's citation. */
  source: string;
  /** The sd is this group's own pre-test sd: weaker than published norms (MEASURES §3), and said so. */
  fromGroup?: boolean;
}

/** A child with both scores. `reliable` is 'unknown' without usable norms. */
export interface PrePostPairRow {
  childId: string;
  pre: number;
  post: number;
  /** post − pre. */
  change: number;
  rci: number | null;
  reliable: 'yes' | 'no' | 'unknown';
}

/** A child without a pair: the score they do have, and why the other (or both) is missing. Never silently dropped. */
export interface PrePostMissingRow {
  childId: string;
  pre: number | null;
  post: number | null;
  preReason: MissingReason | null;
  postReason: MissingReason | null;
}

export interface Descriptive {
  mean: number | null;
  sd: number | null;
  median: number | null;
}

export type PrePostTests =
  | { state: 'tested'; ttest: PairedTResult; wilcoxon: WilcoxonResult }
  /** Fewer than two children have both scores: no spread, so no test (a clear state instead of an error). */
  | { state: 'not-enough-pairs'; pairs: number }
  /** Pre and post are the same session: every change would be zero by construction. */
  | { state: 'same-session' };

export interface PrePostAnalysis {
  choice: PrePostChoice;
  /** Which children the figures are about (the choice's, or its default 'research'). */
  population: PrePostPopulation;
  /** Children outside that set (no research consent, erased, or not on the roster), roster order: named beside the figures. */
  leftOut: string[];
  /** Children with both scores, in roster order. */
  rows: PrePostPairRow[];
  /** Children with one score or none, in roster order. */
  missing: PrePostMissingRow[];
  /** The instrument versions the scores came from at each session. */
  versions: { pre: string[]; post: string[] };
  /** The norms used for the RCI with their S_diff = √2·s₁·√(1 − r_xx); null when none are set or they are unusable. */
  norms: (PrePostNorms & { sDiff: number }) | null;
  /** Over the children with both scores; null with none. */
  descriptives: { pre: Descriptive; post: Descriptive; change: Descriptive } | null;
  /** How many children went up, down, or stayed the same. */
  direction: { up: number; down: number; same: number };
  tests: PrePostTests;
  /** The small-n notes that apply, in reading order (MEASURES §3), as codes with the numbers they quote. */
  notes: PrePostNote[];
}

/** Norms the RCI can use: a finite sd ≥ 0 and a reliability from 0 to 1 (anything else is treated as not set). */
export function usableNorms(norms: PrePostNorms | undefined): norms is PrePostNorms {
  return !!norms && Number.isFinite(norms.sd) && norms.sd >= 0 && Number.isFinite(norms.reliability) && norms.reliability >= 0 && norms.reliability <= 1;
}

function describe(values: number[]): Descriptive {
  return { mean: mean(values), sd: sd(values), median: median(values) };
}

/**
 * Children in roster order, then anyone answering at these sessions who is no longer on the roster, split into
 * those the chosen set covers and those it leaves out. The research set is the research export's: consent to
 * research export, not erased; a child the roster does not know cannot show consent, so is left out.
 */
function childIds(checkins: readonly ReviewCheckin[], children: readonly ChildInfo[], choice: PrePostChoice): { ids: string[]; leftOut: string[] } {
  const all = children.map((c) => c.id);
  const known = new Set(all);
  for (const c of checkins) {
    const relevant = c.instrumentId === choice.instrumentId && (c.session === choice.preSession || c.session === choice.postSession);
    if (relevant && !known.has(c.childId)) {
      known.add(c.childId);
      all.push(c.childId);
    }
  }
  if ((choice.population ?? 'research') === 'all') return { ids: all, leftOut: [] };
  const consented = new Set(children.filter((c) => c.consent?.research === true && !c.erased).map((c) => c.id));
  return { ids: all.filter((id) => consented.has(id)), leftOut: all.filter((id) => !consented.has(id)) };
}

/** The group's pre-test sd over every child with a pre score (the weaker stand-in for a published norm sd); null below 2. */
export function groupPreTestSd(checkins: readonly ReviewCheckin[], children: readonly ChildInfo[], choice: PrePostChoice): number | null {
  const scores = childIds(checkins, children, choice)
    .ids.map((id) => sideScore(checkins, id, choice.instrumentId, choice.preSession).score)
    .filter((s): s is number => s !== null);
  return sd(scores);
}

/**
 * The pre/post comparison of one instrument between two sessions. Only totals of finished, complete answers are
 * scores; every child is either a pair row or a missing row with the reason. Never throws on thin data: fewer than
 * two pairs give the 'not-enough-pairs' state, and unusable norms leave reliable change 'unknown' with a note.
 */
export function analysePrePost(
  checkins: readonly ReviewCheckin[],
  children: readonly ChildInfo[],
  choice: PrePostChoice,
  norms?: PrePostNorms,
): PrePostAnalysis {
  const sides = new Map<string, { pre: SideScore; post: SideScore }>();
  const { ids, leftOut } = childIds(checkins, children, choice);
  for (const id of ids) {
    sides.set(id, {
      pre: sideScore(checkins, id, choice.instrumentId, choice.preSession),
      post: sideScore(checkins, id, choice.instrumentId, choice.postSession),
    });
  }
  const scores = (side: 'pre' | 'post') => Object.fromEntries([...sides].map(([id, s]) => [id, s[side].score]));
  const paired = pairScores(scores('pre'), scores('post'));

  const normsOk = usableNorms(norms);
  const rci = normsOk ? reliableChange(paired.pre, paired.post, norms) : null;
  const rows: PrePostPairRow[] = paired.ids.map((childId, i) => {
    const pre = paired.pre[i] as number;
    const post = paired.post[i] as number;
    const r = rci?.perChild[i]?.rci ?? null;
    return { childId, pre, post, change: post - pre, rci: r, reliable: r === null ? 'unknown' : Math.abs(r) > RCI_THRESHOLD ? 'yes' : 'no' };
  });
  const pairedSet = new Set(paired.ids);
  const missing: PrePostMissingRow[] = [...sides]
    .filter(([id]) => !pairedSet.has(id))
    .map(([childId, s]) => ({
      childId,
      pre: s.pre.score,
      post: s.post.score,
      preReason: s.pre.score === null ? s.pre.reason : null,
      postReason: s.post.score === null ? s.post.reason : null,
    }));

  const versionsOf = (side: 'pre' | 'post') => [...new Set([...sides.values()].flatMap((s) => (s[side].score === null ? [] : [s[side].version])))].sort();
  const versions = { pre: versionsOf('pre'), post: versionsOf('post') };
  const changes = rows.map((r) => r.change);
  // The same tolerance the tests use, so "no change" here and a dropped zero in Wilcoxon always agree.
  const tol = equalityTolerance(paired.pre, paired.post);
  const direction = {
    up: changes.filter((d) => d > tol).length,
    down: changes.filter((d) => d < -tol).length,
    same: changes.filter((d) => Math.abs(d) <= tol).length,
  };

  let tests: PrePostTests;
  if (choice.preSession === choice.postSession) tests = { state: 'same-session' };
  else if (rows.length < 2) tests = { state: 'not-enough-pairs', pairs: rows.length };
  else tests = { state: 'tested', ttest: pairedTTest(paired.pre, paired.post), wilcoxon: wilcoxonSignedRank(paired.pre, paired.post) };

  const usedNorms = normsOk && rci ? { ...norms, sDiff: rci.sDiff } : null;
  return {
    choice,
    population: choice.population ?? 'research',
    leftOut,
    rows,
    missing,
    versions,
    norms: usedNorms,
    descriptives: rows.length === 0 ? null : { pre: describe(paired.pre), post: describe(paired.post), change: describe(changes) },
    direction,
    tests,
    notes: prePostNotes({ pairs: rows.length, missing: missing.length, tests, normsGiven: norms !== undefined, norms: usedNorms, versions }),
  };
}
