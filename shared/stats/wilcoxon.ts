// Wilcoxon signed-rank test on post − pre: exact p (ties included), SPSS-style z, rank-biserial r, Hodges–Lehmann.
import { median } from './descriptives';
import { normalTwoSidedP } from './distributions';
import { equalityTolerance, pairedDifferences } from './input';
import { joinNotes, type StatsNoteCode } from './notes';
import { midranks } from './ranks';

/** The largest n′ for which the exact p is computed (MEASURES §3). */
export const WILCOXON_EXACT_MAX_N = 20;

export interface WilcoxonResult {
  /** Number of pairs. */
  n: number;
  /** Pairs with a non-zero difference (n′); zeros are dropped before ranking. */
  nNonZero: number;
  /** Pairs with a zero difference (n − n′). */
  zeros: number;
  /** Sum of the midranks of |d| over positive differences (d = post − pre). */
  wPlus: number;
  /** Sum of the midranks over negative differences. */
  wMinus: number;
  /**
   * Exact two-sided p: the share of the 2^n′ sign assignments of the observed midranks with
   * |W − n′(n′+1)/4| ≥ the observed one (exact with ties). Null for n′ = 0 or n′ > 20.
   */
  pExact: number | null;
  /**
   * Normal approximation as SPSS computes it (tie-corrected variance, no continuity correction),
   * z = (W⁺ − n′(n′+1)/4)/σ. Its sign is the sign of W⁺ − W⁻ (positive = scores went up); SPSS prints the
   * same magnitude, always negative (it uses the smaller sum). Null for n′ = 0.
   */
  z: number | null;
  /** Two-sided p from z; null for n′ = 0. */
  pAsymptotic: number | null;
  /** Matched-pairs rank-biserial r = (W⁺ − W⁻)/(W⁺ + W⁻), from −1 to 1; null for n′ = 0. */
  rankBiserial: number | null;
  /** Hodges–Lehmann shift: median of the n(n+1)/2 Walsh averages over all n differences, zeros included; null for n = 0. */
  hodgesLehmann: number | null;
  /** Smallest two-sided exact p any data of this n′ can give, 2/2^n′ (capped at 1); null for n′ = 0. */
  minAttainableP: number | null;
  /** Plain-words caveats in English, or null. */
  note: string | null;
  noteCodes: StatsNoteCode[];
}

/**
 * Exact two-sided p by counting sign assignments. Midranks are multiples of ½, so doubled ranks are integers and a
 * subset-sum count over them (DP) gives exactly what enumerating all 2^n′ assignments would, in O(n′³) time.
 */
function exactTwoSidedP(doubledRanks: readonly number[], doubledWPlus: number): number {
  const total = doubledRanks.reduce((s, r) => s + r, 0);
  const counts = new Array<number>(total + 1).fill(0); // counts[s] = sign assignments whose doubled W⁺ is s
  counts[0] = 1;
  let reach = 0;
  for (const r of doubledRanks) {
    for (let s = reach; s >= 0; s--) counts[s + r] = (counts[s + r] as number) + (counts[s] as number);
    reach += r;
  }
  // |W − T/4| compared in doubled-and-doubled integers: |2·W2 − T2|, so no floating tolerance is needed.
  const observed = Math.abs(2 * doubledWPlus - total);
  let extreme = 0;
  for (let s = 0; s <= total; s++) if (Math.abs(2 * s - total) >= observed) extreme += counts[s] as number;
  return extreme / 2 ** doubledRanks.length;
}

function walshMedian(d: readonly number[]): number | null {
  const averages: number[] = [];
  for (let i = 0; i < d.length; i++) for (let j = i; j < d.length; j++) averages.push(((d[i] as number) + (d[j] as number)) / 2);
  return median(averages);
}

/**
 * Wilcoxon signed-rank test with d = post − pre.
 * Differences within a tiny tolerance of 0 count as zero, and |d| values within it of each other as ties
 * (see equalityTolerance), so decimal scores behave as they would on paper.
 * Throws StatsInputError for unequal lengths or non-finite values.
 */
export function wilcoxonSignedRank(pre: readonly number[], post: readonly number[]): WilcoxonResult {
  const d = pairedDifferences(pre, post);
  const tol = equalityTolerance(pre, post);
  const nonZero = d.filter((x) => Math.abs(x) > tol);
  const n = d.length;
  const nn = nonZero.length;
  const { ranks, tieSizes } = midranks(nonZero.map(Math.abs), tol);
  let wPlus = 0;
  let wMinus = 0;
  nonZero.forEach((x, i) => {
    if (x > 0) wPlus += ranks[i] as number;
    else wMinus += ranks[i] as number;
  });

  const notes: string[] = [];
  const codes: StatsNoteCode[] = [];
  if (n === 0) {
    notes.push('No child has both a pre and a post score.');
    codes.push('no-pairs');
  } else if (nn === 0) {
    notes.push('Every difference is zero: no child changed, so there is nothing to test.');
    codes.push('all-differences-zero');
  }
  if (n - nn > 0 && nn > 0) {
    notes.push(`${n - nn} of ${n} children had no change; they are left out of the ranks (n′ = ${nn}).`);
    codes.push('zeros-dropped');
  }
  if (nn >= 1 && nn <= 5) {
    notes.push(
      `With ${nn} non-zero difference${nn === 1 ? '' : 's'} the smallest possible two-sided exact p is ${Math.min(1, 2 / 2 ** nn)}, so p < .05 cannot be reached whatever the data.`,
    );
    codes.push('too-few-for-05');
  }
  if (nn > WILCOXON_EXACT_MAX_N) {
    notes.push(`The exact p is computed for up to ${WILCOXON_EXACT_MAX_N} non-zero differences; with ${nn}, use the normal approximation.`);
    codes.push('exact-not-computed');
  }

  let z: number | null = null;
  let pExact: number | null = null;
  if (nn > 0) {
    const tieCorrection = tieSizes.reduce((s, t) => s + t ** 3 - t, 0) / 48;
    const variance = (nn * (nn + 1) * (2 * nn + 1)) / 24 - tieCorrection; // > 0 for every n′ ≥ 1
    z = (wPlus - (nn * (nn + 1)) / 4) / Math.sqrt(variance);
    if (nn <= WILCOXON_EXACT_MAX_N)
      pExact = exactTwoSidedP(
        ranks.map((r) => Math.round(2 * r)),
        Math.round(2 * wPlus),
      );
  }
  return {
    n,
    nNonZero: nn,
    zeros: n - nn,
    wPlus,
    wMinus,
    pExact,
    z,
    pAsymptotic: z === null ? null : normalTwoSidedP(z),
    rankBiserial: nn === 0 ? null : (wPlus - wMinus) / (wPlus + wMinus),
    // Near-zero noise snapped to 0 so that a child with no change contributes exactly 0 to the Walsh averages.
    hodgesLehmann: walshMedian(d.map((x) => (Math.abs(x) <= tol ? 0 : x))),
    minAttainableP: nn === 0 ? null : Math.min(1, 2 / 2 ** nn),
    note: joinNotes(notes),
    noteCodes: codes,
  };
}
