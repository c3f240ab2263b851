// Machine-readable codes for the plain-words notes statistical results carry, so a report page can translate them.

/**
 * Why a result is partial or needs a caveat. Each result carries these codes and an English `note`;
 * pages show the note through their own i18n keyed by the code.
 */
export type StatsNoteCode =
  /** No child has both scores. */
  | 'no-pairs'
  /** One pair only: there is no spread, so no t, p, CI or effect size. */
  | 'single-pair'
  /** Every difference is zero: no change at all, the test statistic is 0/0. */
  | 'all-differences-zero'
  /** Every child changed by the same non-zero amount: zero spread, t and d_z would be infinite. */
  | 'no-spread'
  /** Zero differences were dropped before ranking (Wilcoxon's method); n′ < n. */
  | 'zeros-dropped'
  /** n′ ≤ 5: the smallest possible two-sided exact p is ≥ .0625, so p < .05 cannot be reached. */
  | 'too-few-for-05'
  /** n′ > 20: the exact p is not computed; use the normal approximation. */
  | 'exact-not-computed'
  /** S_diff is 0 (norm sd 0 or reliability 1): RCI is undefined. */
  | 'rci-undefined';

/** Joins note sentences into the `note` field (null when there is nothing to say). */
export function joinNotes(sentences: readonly string[]): string | null {
  return sentences.length === 0 ? null : sentences.join(' ');
}
