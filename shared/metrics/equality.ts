// Equality of turn counts across a group (MEASURES §2): Gini, normalised Gini G*, normalised entropy J, CV.
//
// Every function takes the count vector of the ENROLLED children, zeros included: a child who never took a
// turn is part of k. A measure that does not exist for the input is `null`, never NaN or Infinity:
// - empty vector (k = 0): every measure is null;
// - all zeros (no turns): every measure is null ("no turns", not "perfectly equal");
// - one child (k = 1): G = 0 and CV = 0 (nothing to be unequal to), but G* and J are null because their
//   normalisers k/(k−1) and ln k divide by zero.
// A count that is negative or not finite is a caller's bug, not data: it throws a RangeError.

function checked(counts: readonly number[]): number {
  let sum = 0;
  for (const x of counts) {
    if (!Number.isFinite(x) || x < 0) throw new RangeError(`metrics: a count must be a finite number ≥ 0, got ${x}`);
    sum += x;
  }
  return sum;
}

/**
 * Gini `G = ΣᵢΣⱼ|xᵢ − xⱼ| / (2k²·x̄)`, in [0, 1 − 1/k]. Computed in O(k log k) from the sorted counts:
 * `ΣᵢΣⱼ|xᵢ − xⱼ| = 2·Σᵢ (2i − k − 1)·x₍ᵢ₎` (1-based, ascending), so `G = Σᵢ (2i − k − 1)·x₍ᵢ₎ / (k·Σx)`.
 * null when k = 0 or there are no turns.
 */
export function gini(counts: readonly number[]): number | null {
  const k = counts.length;
  const sum = checked(counts);
  if (k === 0 || sum === 0) return null;
  const sorted = [...counts].sort((a, b) => a - b);
  let weighted = 0;
  for (let i = 0; i < k; i++) weighted += (2 * (i + 1) - k - 1) * sorted[i]!;
  return weighted / (k * sum);
}

/**
 * Normalised Gini `G* = G·k/(k−1)`: 0 = perfectly equal, 1 = one child took every turn.
 * null when k < 2 (the normaliser divides by zero) or there are no turns.
 */
export function giniNormalized(counts: readonly number[]): number | null {
  const k = counts.length;
  const g = gini(counts);
  if (g === null || k < 2) return null;
  return (g * k) / (k - 1);
}

/**
 * Normalised Shannon entropy `J = −Σ pᵢ ln pᵢ / ln k` with `0·ln 0 = 0`: 1 = equal, 0 = one child took all.
 * An equal group gets exactly 1 (rounding would give 0.9999999999999999), and the result is clamped to
 * [0, 1] so rounding can never leak outside the range. null when k < 2 (ln 1 = 0) or there are no turns.
 */
export function normalizedEntropy(counts: readonly number[]): number | null {
  const k = counts.length;
  const sum = checked(counts);
  if (k < 2 || sum === 0) return null;
  if (counts.every((x) => x === counts[0])) return 1;
  let h = 0;
  for (const x of counts) {
    if (x === 0) continue;
    const p = x / sum;
    h -= p * Math.log(p);
  }
  return Math.min(1, Math.max(0, h / Math.log(k)));
}

/**
 * Coefficient of variation `σ/x̄` with the POPULATION standard deviation (divide by k, not k − 1): the
 * enrolled children are the whole group, not a sample of one. Defined whenever x̄ > 0, so 10,0,0,0 gives √3
 * even though MEASURES' table leaves that cell blank. null when k = 0 or there are no turns.
 */
export function coefficientOfVariation(counts: readonly number[]): number | null {
  const k = counts.length;
  const sum = checked(counts);
  if (k === 0 || sum === 0) return null;
  const mean = sum / k;
  let squares = 0;
  for (const x of counts) squares += (x - mean) * (x - mean);
  return Math.sqrt(squares / k) / mean;
}
