// The honest small-n notes (MEASURES §3) a pre/post comparison carries, as codes with the numbers they quote.
import { WILCOXON_EXACT_MAX_N } from '../stats';
import type { PrePostTests } from './prepost';

export type PrePostNoteCode =
  /** Pre and post are the same session. */
  | 'same-session'
  /** Fewer than two children have both scores. {pairs} */
  | 'not-enough-pairs'
  /** n, zero differences and n′. {n, zeros, nNonZero} */
  | 'sample'
  /** Children without both scores are listed, not in the tests. {missing} */
  | 'missing'
  /** No child changed. */
  | 'all-differences-zero'
  /** Every child changed by the same amount: no spread, no t. */
  | 'no-spread'
  /** The smallest two-sided exact p any data could give, 2/2^n′. {nNonZero, p} */
  | 'min-exact-p'
  /** n′ ≤ 5: p < .05 cannot be reached whatever the data. {nNonZero} */
  | 'too-few-for-05'
  /** n′ > 20: no exact p; read the normal approximation. {nNonZero, max} */
  | 'exact-not-computed'
  /** Wilcoxon is the headline test for small groups and questionnaire scores; t is for comparison. */
  | 'wilcoxon-headline'
  /** Effect sizes beside p: a small group can miss .05 with a real change, and p is not a size. */
  | 'effect-sizes'
  /** No cut-off labels for children. */
  | 'no-cut-offs'
  /** No norms set: reliable change is unknown. */
  | 'rci-not-set'
  /** Norms given but not usable (sd < 0, reliability outside 0…1, not numbers). */
  | 'norms-unusable'
  /** The RCI's sd is this group's own pre-test sd: weaker than published norms. */
  | 'rci-group-sd'
  /** S_diff is 0 (sd 0 or reliability 1): no RCI. */
  | 'rci-undefined'
  /** The scores come from different versions of the instrument. {pre, post} */
  | 'versions-differ';

export interface PrePostNote {
  code: PrePostNoteCode;
  /** The numbers (or version names) the sentence quotes; pages fill them into their own language's sentence. */
  values: Record<string, number | string>;
}

export interface NotesInput {
  pairs: number;
  missing: number;
  tests: PrePostTests;
  /** Whether the caller passed norms at all (unusable ones get their own note). */
  normsGiven: boolean;
  norms: { sDiff: number; fromGroup?: boolean } | null;
  versions: { pre: string[]; post: string[] };
}

/** Which notes apply, in the order a reader needs them: what was compared, what p can and cannot say, then the RCI. */
export function prePostNotes(input: NotesInput): PrePostNote[] {
  const notes: PrePostNote[] = [];
  const add = (code: PrePostNoteCode, values: Record<string, number | string> = {}) => notes.push({ code, values });
  const { tests } = input;

  if (tests.state === 'same-session') add('same-session');
  if (tests.state === 'not-enough-pairs') add('not-enough-pairs', { pairs: tests.pairs });
  if (tests.state === 'tested') {
    const w = tests.wilcoxon;
    add('sample', { n: w.n, zeros: w.zeros, nNonZero: w.nNonZero });
  }
  if (input.missing > 0) add('missing', { missing: input.missing });
  if (tests.state === 'tested') {
    const { ttest: t, wilcoxon: w } = tests;
    if (w.noteCodes.includes('all-differences-zero')) add('all-differences-zero');
    else if (t.noteCodes.includes('no-spread')) add('no-spread');
    if (w.minAttainableP !== null && w.nNonZero <= WILCOXON_EXACT_MAX_N) add('min-exact-p', { nNonZero: w.nNonZero, p: w.minAttainableP });
    if (w.noteCodes.includes('too-few-for-05')) add('too-few-for-05', { nNonZero: w.nNonZero });
    if (w.noteCodes.includes('exact-not-computed')) add('exact-not-computed', { nNonZero: w.nNonZero, max: WILCOXON_EXACT_MAX_N });
    add('wilcoxon-headline');
    add('effect-sizes');
  }
  add('no-cut-offs');

  if (!input.normsGiven) add('rci-not-set');
  else if (!input.norms) add('norms-unusable');
  else {
    if (input.norms.fromGroup) add('rci-group-sd');
    if (input.norms.sDiff === 0) add('rci-undefined');
  }
  const all = [...new Set([...input.versions.pre, ...input.versions.post])];
  if (all.length > 1) add('versions-differ', { pre: input.versions.pre.join(', '), post: input.versions.post.join(', ') });
  return notes;
}
