// Stats edge cases: ties, zeros, all-zero differences, n = 0/1, zero spread, refused input, pairing, descriptives.
import { describe, expect, it } from 'vitest';
import { mean, median, midranks, pairedTTest, pairScores, reliableChange, sd, StatsInputError, wilcoxonSignedRank } from '../../shared/stats';

/** Exact p the slow way: every one of the 2^n′ sign assignments of the midranks, with a tolerance for ½-ranks. */
function bruteForceExactP(d: readonly number[]): number {
  const nz = d.filter((v) => v !== 0);
  const { ranks } = midranks(nz.map(Math.abs));
  const n = nz.length;
  const centre = (n * (n + 1)) / 4;
  const observed = Math.abs(nz.reduce((s, v, i) => s + (v > 0 ? (ranks[i] as number) : 0), 0) - centre);
  let hits = 0;
  for (let mask = 0; mask < 2 ** n; mask++) {
    let w = 0;
    for (let i = 0; i < n; i++) if (mask & (1 << i)) w += ranks[i] as number;
    if (Math.abs(w - centre) >= observed - 1e-9) hits++;
  }
  return hits / 2 ** n;
}

/** A deterministic stream of small integers (no Math.random in tests: failures must reproduce). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const zerosAsPre = (d: readonly number[]): number[] => d.map(() => 0);

describe('Wilcoxon with ties and zeros', () => {
  it('ties: midranks, tie-corrected z and exact p (scipy / enumeration reference)', () => {
    const d = [1, 2, 2, -2, 3, 3, 4, -1, 5, 0];
    const r = wilcoxonSignedRank(zerosAsPre(d), d);
    expect(r.nNonZero).toBe(9);
    expect(r.zeros).toBe(1);
    expect(r.wPlus).toBe(39.5);
    expect(r.wMinus).toBe(5.5);
    expect(r.pExact).toBe(26 / 512);
    expect(r.z).toBeCloseTo(2.0246705361964064, 10); // scipy wilcoxon(method='approx', correction=False)
    expect(r.pAsymptotic).toBeCloseTo(0.04290120601140134, 10);
    expect(r.rankBiserial).toBeCloseTo(34 / 45, 12);
    expect(r.hodgesLehmann).toBe(2);
  });

  it('the DP exact p equals brute-force enumeration over many tied and untied data sets', () => {
    const next = lcg(20240601);
    for (let k = 0; k < 60; k++) {
      const n = 1 + Math.floor(next() * 12);
      const d = Array.from({ length: n }, () => Math.floor(next() * 9) - 3); // −3…5: many ties, some zeros
      const r = wilcoxonSignedRank(zerosAsPre(d), d);
      if (r.nNonZero === 0) expect(r.pExact).toBeNull();
      else expect(r.pExact).toBeCloseTo(bruteForceExactP(d), 14);
    }
  });

  it('treats floating-point noise in decimal scores as ties and zeros', () => {
    // 0.3 − 0.1 = 0.19999999999999998 and (0.1 + 0.2) − 0.3 = 5.6e-17 in floating point.
    const r = wilcoxonSignedRank([0.1, 0, 0.3, 0.1 + 0.2], [0.3, 0.2, 0.6, 0.3]);
    expect(r.zeros).toBe(1);
    expect(r.nNonZero).toBe(3);
    expect(r.wPlus).toBe(6);
    expect(r.hodgesLehmann).toBeCloseTo(0.2, 12);
    const ties = wilcoxonSignedRank([0.1, 0], [0.3, -0.2]); // |d| = 0.19999999999999998 and 0.2: one tie
    expect(ties.wPlus).toBe(1.5);
    expect(ties.wMinus).toBe(1.5);
    expect(ties.z).toBe(0);
    expect(ties.pExact).toBe(1);
  });

  it('all differences zero: defined results, no NaN', () => {
    const r = wilcoxonSignedRank([3, 4, 5], [3, 4, 5]);
    expect(r).toMatchObject({ n: 3, nNonZero: 0, zeros: 3, wPlus: 0, wMinus: 0, pExact: null, z: null, pAsymptotic: null });
    expect(r.rankBiserial).toBeNull();
    expect(r.minAttainableP).toBeNull();
    expect(r.hodgesLehmann).toBe(0);
    expect(r.noteCodes).toEqual(['all-differences-zero']);
    const t = pairedTTest([3, 4, 5], [3, 4, 5]);
    expect(t).toMatchObject({ n: 3, meanDiff: 0, sdDiff: 0, t: null, p: null, df: 2, dz: null, gz: null, ci95: [0, 0] });
    expect(t.noteCodes).toEqual(['all-differences-zero']);
    expect(t.note).toMatch(/no child changed/);
  });

  it('small n′: the honest minimum p and its note', () => {
    const r = wilcoxonSignedRank([0, 0, 0, 0, 0], [1, 2, 3, 4, 5]);
    expect(r.pExact).toBe(0.0625);
    expect(r.minAttainableP).toBe(0.0625);
    expect(r.noteCodes).toContain('too-few-for-05');
    expect(r.note).toMatch(/p < \.05 cannot be reached/);
    const six = wilcoxonSignedRank([0, 0, 0, 0, 0, 0], [1, 2, 3, 4, 5, 6]);
    expect(six.pExact).toBe(2 / 64);
    expect(six.noteCodes).not.toContain('too-few-for-05');
  });

  it('n′ > 20: no exact p, the normal approximation still given', () => {
    const d = Array.from({ length: 21 }, (_, i) => i + 1);
    const r = wilcoxonSignedRank(zerosAsPre(d), d);
    expect(r.pExact).toBeNull();
    expect(r.noteCodes).toContain('exact-not-computed');
    expect(r.wPlus).toBe(231);
    expect(r.z).toBeCloseTo((231 - (21 * 22) / 4) / Math.sqrt((21 * 22 * 43) / 24), 12);
    expect(r.pAsymptotic).toBeGreaterThan(0);
    expect(r.pAsymptotic).toBeLessThan(1e-4);
    expect(wilcoxonSignedRank(zerosAsPre(d.slice(1)), d.slice(1)).pExact).toBe(2 / 2 ** 20);
  });

  it('n = 1 and n = 0', () => {
    const one = wilcoxonSignedRank([4], [6]);
    expect(one).toMatchObject({ n: 1, nNonZero: 1, wPlus: 1, wMinus: 0, pExact: 1, minAttainableP: 1, rankBiserial: 1, hodgesLehmann: 2 });
    expect(one.z).toBeCloseTo(1, 12); // (1 − 0.5)/√0.25
    const none = wilcoxonSignedRank([], []);
    expect(none).toMatchObject({ n: 0, nNonZero: 0, pExact: null, z: null, hodgesLehmann: null, noteCodes: ['no-pairs'] });
  });
});

describe('paired t edge cases', () => {
  it('n = 1: the change only, with a note', () => {
    const r = pairedTTest([10], [13]);
    expect(r).toMatchObject({ n: 1, meanDiff: 3, sdDiff: null, se: null, t: null, df: null, p: null, ci95: null, dz: null, gz: null });
    expect(r.noteCodes).toEqual(['single-pair']);
  });

  it('n = 0', () => {
    const r = pairedTTest([], []);
    expect(r).toMatchObject({ n: 0, meanDiff: null, t: null, p: null, noteCodes: ['no-pairs'] });
  });

  it('every child changed by the same amount: sd 0, t and d_z null, CI a point', () => {
    const r = pairedTTest([10, 12, 14], [12, 14, 16]);
    expect(r).toMatchObject({ n: 3, meanDiff: 2, sdDiff: 0, se: 0, t: null, p: null, df: 2, dz: null, ci95: [2, 2] });
    expect(r.noteCodes).toEqual(['no-spread']);
    // Decimal noise must not turn "the same change" into a huge t.
    const dec = pairedTTest([0.1, 0.2, 0.7], [0.3, 0.4, 0.9]);
    expect(dec.t).toBeNull();
    expect(dec.sdDiff).toBe(0);
  });

  it('n = 2: g_z correction factor is 0 by the formula', () => {
    const r = pairedTTest([0, 0], [1, 3]);
    expect(r.t).toBeCloseTo(2, 12);
    expect(r.df).toBe(1);
    expect(r.p).toBeCloseTo(1 - (2 * Math.atan(2)) / Math.PI, 12); // Cauchy
    expect(r.gz).toBe(0);
  });

  it('no result field is ever NaN or infinite', () => {
    const inputs: Array<[number[], number[]]> = [
      [[], []],
      [[1], [1]],
      [[1], [2]],
      [
        [1, 1],
        [1, 1],
      ],
      [
        [1, 2],
        [2, 3],
      ],
      [
        [1, 2, 3],
        [3, 2, 1],
      ],
    ];
    for (const [a, b] of inputs) {
      for (const v of [...Object.values(pairedTTest(a, b)), ...Object.values(wilcoxonSignedRank(a, b))]) {
        if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
      }
    }
  });
});

describe('refused input', () => {
  it('unequal lengths', () => {
    const pre = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    const post = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    for (const f of [pairedTTest, wilcoxonSignedRank]) {
      expect(() => f(pre, post)).toThrow(StatsInputError);
      expect(() => f(pre, post)).toThrow('pre has 9 values and post has 10; pair them first');
    }
    expect(() => reliableChange(pre, post, { sd: 3, reliability: 0.8 })).toThrow(StatsInputError);
  });

  it('non-finite numbers', () => {
    expect(() => pairedTTest([1, Number.NaN], [1, 2])).toThrow('pre[1] is NaN');
    expect(() => wilcoxonSignedRank([1, 2], [1, Number.POSITIVE_INFINITY])).toThrow('post[1] is Infinity');
    expect(() => pairedTTest([1, null as unknown as number], [1, 2])).toThrow(StatsInputError);
    expect(() => mean([1, Number.NaN])).toThrow(StatsInputError);
  });

  it('bad norms for the RCI', () => {
    expect(() => reliableChange([1], [2], { sd: -1, reliability: 0.8 })).toThrow(/norm sd/);
    expect(() => reliableChange([1], [2], { sd: 3, reliability: 1.2 })).toThrow(/reliability/);
    expect(() => reliableChange([1], [2], { sd: 3, reliability: Number.NaN })).toThrow(StatsInputError);
  });
});

describe('reliable change edge cases', () => {
  it('S_diff 0 (reliability 1 or sd 0): null RCIs with a note, never Infinity', () => {
    for (const norms of [
      { sd: 3, reliability: 1 },
      { sd: 0, reliability: 0.8 },
    ]) {
      const r = reliableChange([10, 12], [14, 12], norms);
      expect(r.sDiff).toBe(0);
      expect(r.perChild.map((c) => [c.rci, c.reliable])).toEqual([
        [null, null],
        [null, null],
      ]);
      expect(r.noteCodes).toEqual(['rci-undefined']);
    }
  });

  it('the threshold is strict: |RCI| must exceed 1.96', () => {
    const r = reliableChange([0, 0], [1.96, -1.97], { sd: 1 / Math.SQRT2, reliability: 0 }); // S_diff = 1
    expect(r.sDiff).toBeCloseTo(1, 15);
    expect(r.perChild.map((c) => c.reliable)).toEqual([false, true]);
  });
});

describe('pairScores', () => {
  it('pairs by id and lists children with one score', () => {
    const r = pairScores({ ana: 12, ben: 15, cai: null, dev: 9, eli: null }, { ben: 18, ana: 14, dev: null, fay: 20, eli: null });
    expect(r.ids).toEqual(['ana', 'ben']);
    expect(r.pre).toEqual([12, 15]);
    expect(r.post).toEqual([14, 18]);
    expect(r.onlyPre).toEqual(['dev']);
    expect(r.onlyPost).toEqual(['fay']);
    expect(r.neither).toEqual(['cai', 'eli']);
    expect(pairedTTest(r.pre, r.post).n).toBe(2);
  });

  it('refuses a score that is not a number or null', () => {
    expect(() => pairScores({ ana: Number.NaN }, { ana: 3 })).toThrow('pre score of child "ana" is NaN');
    expect(() => pairScores({ ana: 1 }, { ana: '3' as unknown as number })).toThrow(StatsInputError);
  });

  it('empty maps', () => {
    expect(pairScores({}, {})).toEqual({ ids: [], pre: [], post: [], onlyPre: [], onlyPost: [], neither: [] });
  });
});

describe('descriptives and ranks', () => {
  it('mean, sd (n − 1), median', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(sd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 14);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(mean([])).toBeNull();
    expect(median([])).toBeNull();
    expect(sd([7])).toBeNull();
  });

  it('midranks average tied ranks and report tie sizes', () => {
    expect(midranks([3, 1, 3, 2, 3])).toEqual({ ranks: [4, 1, 4, 2, 4], tieSizes: [3] });
    expect(midranks([1, 1, 2, 2])).toEqual({ ranks: [1.5, 1.5, 3.5, 3.5], tieSizes: [2, 2] });
    expect(midranks([])).toEqual({ ranks: [], tieSizes: [] });
  });
});
