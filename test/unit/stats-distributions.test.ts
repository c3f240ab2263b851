// Stats distributions: normal and Student t CDF/quantile against table values and scipy, plus the special functions.
import { describe, expect, it } from 'vitest';
import { lnGamma, normalCdf, normalQuantile, normalTwoSidedP, regularizedBeta, regularizedGammaP, tCdf, tQuantile, tTwoSidedP } from '../../shared/stats';

/** |actual − expected| within `rel` of the expected value's magnitude (for tail probabilities spanning many decades). */
function expectRelative(actual: number, expected: number, rel = 1e-10): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

describe('normal distribution', () => {
  it('matches table values', () => {
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 8);
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 14);
    expect(normalCdf(1.6448536269514722)).toBeCloseTo(0.95, 14);
    expectRelative(normalCdf(-8), 6.22096057427174e-16, 1e-10);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.3)).toBeCloseTo(-0.5244005127080409, 12);
    expectRelative(normalQuantile(1e-12), -7.034483825301131, 1e-12);
  });

  it('gives small two-sided p with full relative precision', () => {
    expectRelative(normalTwoSidedP(2.073221), 0.03815171688562182, 1e-12);
    expectRelative(normalTwoSidedP(-8), 1.244192114854348e-15, 1e-10);
    expect(normalTwoSidedP(0)).toBe(1);
  });

  it('round-trips quantile → CDF', () => {
    for (const p of [1e-9, 0.001, 0.025, 0.2, 0.5, 0.7, 0.975, 0.999]) expectRelative(normalCdf(normalQuantile(p)), p, 1e-12);
  });

  it('refuses probabilities outside (0, 1)', () => {
    expect(() => normalQuantile(0)).toThrow(RangeError);
    expect(() => normalQuantile(1)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
  });
});

describe('Student t distribution', () => {
  it('matches t-table critical values', () => {
    expect(tQuantile(0.975, 8)).toBeCloseTo(2.306004, 6);
    expect(tQuantile(0.975, 9)).toBeCloseTo(2.262157, 6);
    expect(tQuantile(0.975, 8)).toBeCloseTo(2.306004135204166, 12);
    expect(tQuantile(0.975, 9)).toBeCloseTo(2.262157162798205, 12);
    expect(tQuantile(0.975, 30)).toBeCloseTo(2.042272456301238, 12);
    expect(tQuantile(0.95, 5)).toBeCloseTo(2.0150483733330233, 12);
    expect(tQuantile(0.025, 8)).toBeCloseTo(-2.306004135204166, 12);
    expect(tQuantile(0.5, 4)).toBe(0);
  });

  it('matches the closed forms for df 1 (Cauchy) and df 2', () => {
    for (const p of [0.6, 0.9, 0.975, 0.999]) {
      expectRelative(tQuantile(p, 1), Math.tan(Math.PI * (p - 0.5)), 1e-12);
      expectRelative(tQuantile(p, 2), (2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 1e-12);
    }
    expectRelative(tQuantile(1e-10, 1), -3183098861.8379064, 1e-12);
    for (const t of [0.3, 1, 4, 40]) expectRelative(tCdf(t, 1), 0.5 + Math.atan(t) / Math.PI, 1e-13);
  });

  it('matches scipy upper tails across df and t to 1e-10 relative', () => {
    // scipy.stats.t.sf(t, df)
    const cases: Array<[number, number, number]> = [
      [1, 0.1, 0.4682744825694465],
      [2, 2.5, 0.06480586011075541],
      [3, 10, 0.0010641995292070751],
      [5, 50, 3.0238788133006125e-8],
      [8, 1, 0.17329675354366708],
      [8, 50, 1.4172053225458924e-11],
      [30, 2.5, 0.009057824534033344],
      [30, 10, 2.287625704114809e-11],
      [100, 10, 4.950844492297065e-17],
      [100, 50, 7.236081839880732e-73],
    ];
    for (const [df, t, sf] of cases) {
      expectRelative(0.5 * tTwoSidedP(t, df), sf, 1e-10);
      expectRelative(tCdf(-t, df), sf, 1e-10);
    }
  });

  it('gives the two-sided p of data set A (t = 3.035375, df 8)', () => {
    expect(tTwoSidedP(3.0353754156485917, 8)).toBeCloseTo(0.016176627434908088, 12);
    expect(tTwoSidedP(0, 8)).toBe(1);
  });

  it('round-trips quantile → CDF, including non-integer df', () => {
    for (const df of [0.5, 1, 2.5, 8, 9, 40, 1000]) {
      for (const p of [1e-8, 0.01, 0.3, 0.6, 0.975]) expectRelative(tCdf(tQuantile(p, df), df), p, 1e-11);
    }
  });

  it('refuses bad arguments instead of returning NaN', () => {
    expect(() => tQuantile(0, 5)).toThrow(RangeError);
    expect(() => tQuantile(0.5, 0)).toThrow(RangeError);
    expect(() => tCdf(1, -1)).toThrow(RangeError);
    expect(() => tCdf(Number.NaN, 3)).toThrow(RangeError);
    expect(tCdf(Number.POSITIVE_INFINITY, 3)).toBe(1);
    expect(tCdf(Number.NEGATIVE_INFINITY, 3)).toBe(0);
  });
});

describe('special functions', () => {
  it('lnGamma matches exact values', () => {
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(lnGamma(1)).toBeCloseTo(0, 14);
    expect(lnGamma(10)).toBeCloseTo(Math.log(362880), 12);
    expect(lnGamma(4.5)).toBeCloseTo(Math.log((105 / 16) * Math.sqrt(Math.PI)), 13);
  });

  it('regularized beta matches closed forms on both sides of the switch point', () => {
    for (const x of [0.01, 0.3, 0.5, 0.8, 0.999]) {
      expect(regularizedBeta(x, 1, 1)).toBeCloseTo(x, 14);
      expect(regularizedBeta(x, 3, 1)).toBeCloseTo(x ** 3, 14);
      expect(regularizedBeta(x, 1, 4)).toBeCloseTo(1 - (1 - x) ** 4, 14);
      expect(regularizedBeta(x, 2.5, 7) + regularizedBeta(1 - x, 7, 2.5)).toBeCloseTo(1, 13);
    }
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
  });

  it('regularized gamma matches closed forms', () => {
    for (const x of [0.1, 1, 3, 12]) expect(regularizedGammaP(1, x)).toBeCloseTo(1 - Math.exp(-x), 14);
    expect(regularizedGammaP(2, 3)).toBeCloseTo(1 - 4 * Math.exp(-3), 14);
  });
});
