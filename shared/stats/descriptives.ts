// Descriptive statistics: mean, sample standard deviation (n − 1), median; null where a value does not exist.
import { requireFiniteArray } from './input';

/** Arithmetic mean; null for no values. */
export function mean(values: readonly number[]): number | null {
  requireFiniteArray(values, 'values');
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Sample standard deviation (divisor n − 1, as SPSS and the paired t use); null for fewer than 2 values. */
export function sd(values: readonly number[]): number | null {
  requireFiniteArray(values, 'values');
  if (values.length < 2) return null;
  const m = mean(values) as number;
  let ss = 0;
  for (const v of values) ss += (v - m) * (v - m); // two-pass: no cancellation from Σx² − n·x̄²
  return Math.sqrt(ss / (values.length - 1));
}

/** Median (mean of the two middle values for an even count); null for no values. */
export function median(values: readonly number[]): number | null {
  requireFiniteArray(values, 'values');
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
