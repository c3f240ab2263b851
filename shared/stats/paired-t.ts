// Paired t-test on post − pre: t, df, two-sided p, 95% CI of the mean difference, and effect sizes d_z and g_z.
import { mean, sd } from './descriptives';
import { tQuantile, tTwoSidedP } from './distributions';
import { equalityTolerance, pairedDifferences } from './input';
import type { StatsNoteCode } from './notes';

export interface PairedTResult {
  /** Number of pairs. */
  n: number;
  /** Mean of d = post − pre; null with no pairs. */
  meanDiff: number | null;
  /** Sample sd of d (divisor n − 1); null for n < 2. */
  sdDiff: number | null;
  /** Standard error s_d/√n; null for n < 2. */
  se: number | null;
  /** t = d̄/(s_d/√n); null for n < 2 or when s_d = 0 (no spread: t would be ±∞ or 0/0). */
  t: number | null;
  /** n − 1; null for n < 2. */
  df: number | null;
  /** Two-sided p; null wherever t is null. */
  p: number | null;
  /** 95% CI of the mean difference, d̄ ± t₀.₉₇₅·s_d/√n; a single point when s_d = 0; null for n < 2. */
  ci95: [number, number] | null;
  /** Cohen's d_z = d̄/s_d; null for n < 2 or s_d = 0. */
  dz: number | null;
  /** Small-sample corrected g_z = d_z·(1 − 3/(4(n−1)−1)); null where d_z is. (It is exactly 0 at n = 2.) */
  gz: number | null;
  /** Plain-words caveat in English, or null. */
  note: string | null;
  noteCodes: StatsNoteCode[];
}

/**
 * Paired t-test with d = post − pre (so a rise is positive).
 * Throws StatsInputError for unequal lengths or non-finite values; degenerate data give nulls and a note, never NaN.
 */
export function pairedTTest(pre: readonly number[], post: readonly number[]): PairedTResult {
  const d = pairedDifferences(pre, post);
  const n = d.length;
  const empty = { sdDiff: null, se: null, t: null, df: null, p: null, ci95: null, dz: null, gz: null };
  if (n === 0) {
    return { n, meanDiff: null, ...empty, note: 'No child has both a pre and a post score.', noteCodes: ['no-pairs'] };
  }
  const meanDiff = mean(d) as number;
  if (n === 1) {
    return {
      n,
      meanDiff,
      ...empty,
      note: 'Only one child has both scores: a spread, and so t, p, a confidence interval and an effect size, needs at least two.',
      noteCodes: ['single-pair'],
    };
  }
  const df = n - 1;
  const tol = equalityTolerance(pre, post);
  const rawSd = sd(d) as number;
  if (rawSd <= tol) {
    // Zero spread: t is 0/0 or ±∞. Report the (exact) change and say why there is no test.
    const allZero = Math.abs(meanDiff) <= tol;
    const m = allZero ? 0 : meanDiff;
    return {
      n,
      meanDiff: m,
      sdDiff: 0,
      se: 0,
      t: null,
      df,
      p: null,
      ci95: [m, m],
      dz: null,
      gz: null,
      note: allZero
        ? 'Every difference is zero: no child changed, so there is nothing to test (t and p are undefined).'
        : 'Every child changed by exactly the same amount, so the differences have no spread: t and d_z would be infinite and are not given.',
      noteCodes: [allZero ? 'all-differences-zero' : 'no-spread'],
    };
  }
  const se = rawSd / Math.sqrt(n);
  const t = meanDiff / se;
  const half = tQuantile(0.975, df) * se;
  const dz = meanDiff / rawSd;
  return {
    n,
    meanDiff,
    sdDiff: rawSd,
    se,
    t,
    df,
    p: tTwoSidedP(t, df),
    ci95: [meanDiff - half, meanDiff + half],
    dz,
    gz: dz * (1 - 3 / (4 * df - 1)),
    note: null,
    noteCodes: [],
  };
}
