// Normal and Student t distributions: CDF, two-sided p, quantile (accurate to ~1e-12, checked against tables).
import { lnGamma, regularizedBeta, regularizedGammaQ } from './special-functions';

const SQRT_2PI = Math.sqrt(2 * Math.PI);

function requireProbability(p: number, what: string): void {
  if (!(p > 0 && p < 1)) throw new RangeError(`${what} needs a probability strictly between 0 and 1, got ${p}`);
}

function requireDf(df: number): void {
  if (!(df > 0) || !Number.isFinite(df)) throw new RangeError(`degrees of freedom must be a positive finite number, got ${df}`);
}

/** Standard normal density φ(x). */
export function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / SQRT_2PI;
}

/**
 * Two-sided normal p-value 2·(1 − Φ(|z|)).
 * Uses 2Φ(−|z|) = erfc(|z|/√2) = Q(½, z²/2), computed directly so small p keep their relative precision.
 */
export function normalTwoSidedP(z: number): number {
  if (Number.isNaN(z)) throw new RangeError('normalTwoSidedP got NaN');
  return regularizedGammaQ(0.5, (z * z) / 2);
}

/** Standard normal CDF Φ(x). */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) throw new RangeError('normalCdf got NaN');
  const tail = 0.5 * normalTwoSidedP(x); // = Φ(−|x|)
  return x < 0 ? tail : 1 - tail;
}

// Acklam's rational approximation (relative error ~1e-9) as the start for Halley refinement below.
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239] as const;
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1] as const;
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783] as const;
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416] as const;
const P_LOW = 0.02425;

function acklam(p: number): number {
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  }
  if (p > 1 - P_LOW) return -acklam(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
}

/** Standard normal quantile Φ⁻¹(p), 0 < p < 1 (throws RangeError otherwise: the value would be ±∞). */
export function normalQuantile(p: number): number {
  requireProbability(p, 'normalQuantile');
  // Work in the lower half, where Φ(x) is computed without cancellation; the upper half follows by symmetry.
  if (p > 0.5) return -normalQuantile(1 - p);
  let x = acklam(p);
  for (let i = 0; i < 4; i++) {
    const e = normalCdf(x) - p;
    const u = e * SQRT_2PI * Math.exp(0.5 * x * x);
    const step = u / (1 + 0.5 * x * u); // Halley's method: cubic convergence
    x -= step;
    if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(x))) break;
  }
  return x;
}

/** Student t density with `df` degrees of freedom. */
export function tPdf(t: number, df: number): number {
  requireDf(df);
  const lnC = lnGamma((df + 1) / 2) - lnGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(lnC - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/**
 * Two-sided p-value P(|T| ≥ |t|) = I_{ν/(ν+t²)}(ν/2, ½).
 * Both ν/(ν+t²) and its complement t²/(ν+t²) are formed directly, so neither tail loses digits.
 */
export function tTwoSidedP(t: number, df: number): number {
  requireDf(df);
  if (Number.isNaN(t)) throw new RangeError('tTwoSidedP got NaN');
  const t2 = t * t;
  if (t2 === 0) return 1;
  if (!Number.isFinite(t2)) return 0;
  return regularizedBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
}

/** Student t CDF P(T ≤ t). */
export function tCdf(t: number, df: number): number {
  const tail = 0.5 * tTwoSidedP(t, df); // = P(T ≥ |t|)
  return t < 0 ? tail : 1 - tail;
}

/** Student t quantile, 0 < p < 1 (throws RangeError otherwise). */
export function tQuantile(p: number, df: number): number {
  requireProbability(p, 'tQuantile');
  requireDf(df);
  if (p === 0.5) return 0;
  // Solve the upper tail P(T ≥ t) = q for t > 0; 1 − p is exact for p ≥ ½ (Sterbenz), so no digits are lost.
  const q = p < 0.5 ? p : 1 - p;
  const sign = p < 0.5 ? -1 : 1;
  const upper = (t: number): number => 0.5 * tTwoSidedP(t, df);
  // Bracket the root: the t quantile always lies beyond the normal one, so grow from there.
  let lo = 0;
  let hi = Math.max(1, -normalQuantile(q));
  while (upper(hi) > q) {
    lo = hi;
    hi *= 2;
  }
  // Safeguarded Newton (falls back to bisection whenever a step would leave the bracket).
  let t = hi;
  for (let i = 0; i < 300; i++) {
    const f = upper(t) - q;
    if (f > 0) lo = t;
    else hi = t;
    let next = t + f / tPdf(t, df);
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    const converged = Math.abs(next - t) <= 1e-15 * Math.abs(next) || hi - lo <= 1e-15 * hi;
    t = next;
    if (converged) break;
  }
  return sign * t;
}
