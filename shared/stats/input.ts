// Input checks shared by the statistical tests: StatsInputError, paired-array validation, tolerance for equal differences.

/** Thrown when the numbers given cannot be analysed as they are; the message says what to fix. */
export class StatsInputError extends Error {
  override readonly name = 'StatsInputError';
}

function describe(value: unknown): string {
  if (typeof value === 'number') return String(value); // NaN, Infinity, -Infinity
  if (value === null) return 'null';
  return typeof value === 'string' ? `the text "${value}"` : typeof value;
}

/** Throws unless `values` is an array of finite numbers. */
export function requireFiniteArray(values: readonly unknown[], name: string): asserts values is readonly number[] {
  if (!Array.isArray(values)) throw new StatsInputError(`${name} must be an array of numbers`);
  values.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new StatsInputError(`${name}[${i}] is ${describe(v)}; every score must be a finite number (leave a child without a score out with pairScores)`);
    }
  });
}

/** Checks a pre/post pair of arrays and returns the differences post − pre. */
export function pairedDifferences(pre: readonly number[], post: readonly number[]): number[] {
  requireFiniteArray(pre, 'pre');
  requireFiniteArray(post, 'post');
  if (pre.length !== post.length) {
    throw new StatsInputError(`pre has ${pre.length} values and post has ${post.length}; pair them first (pairScores lists children with only one score)`);
  }
  return pre.map((p, i) => (post[i] as number) - p);
}

/**
 * The absolute tolerance below which two differences count as equal (or a difference as zero).
 * Decimal scores make 0.3 − 0.1 ≠ 0.2 in floating point; a tie or a zero must not hinge on that, so
 * anything within 1e-9 of the scores' own magnitude is treated as equal — far below any real score step.
 */
export function equalityTolerance(pre: readonly number[], post: readonly number[]): number {
  let scale = 1;
  for (const v of pre) scale = Math.max(scale, Math.abs(v));
  for (const v of post) scale = Math.max(scale, Math.abs(v));
  return 1e-9 * scale;
}
