// Stats against every reference value of MEASURES §3 (data sets A and B): paired t, Wilcoxon, Hodges–Lehmann, RCI.
import { describe, expect, it } from 'vitest';
import { pairedTTest, reliableChange, wilcoxonSignedRank } from '../../shared/stats';

// Data set A is given as x and y with d = x − y, so it enters as pre = y, post = x.
const x = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
const y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
const preB = [14, 18, 12, 20, 16, 15, 11, 19, 17, 13];
const postB = [17, 21, 12, 22, 15, 19, 15, 20, 21, 16];

const gzFrom = (dz: number, n: number): number => dz * (1 - 3 / (4 * (n - 1) - 1));

describe('paired t (MEASURES §3)', () => {
  it('data set A', () => {
    const r = pairedTTest(y, x);
    expect(r.n).toBe(9);
    expect(r.t).toBeCloseTo(3.035375, 6);
    expect(r.df).toBe(8);
    expect(r.p).toBeCloseTo(0.016177, 6);
    expect(r.ci95?.[0]).toBeCloseTo(0.103779, 6);
    expect(r.ci95?.[1]).toBeCloseTo(0.759999, 6);
    expect(r.dz).toBeCloseTo(1.011792, 6);
    expect(r.gz).toBeCloseTo(gzFrom(1.0117918052161972, 9), 6);
    expect(r.gz).toBeCloseTo(0.913876, 6);
    expect(r.meanDiff).toBeCloseTo(0.431889, 6);
    expect(r.se).toBeCloseTo((r.sdDiff as number) / 3, 12);
    expect(r.note).toBeNull();
  });

  it('data set B', () => {
    const r = pairedTTest(preB, postB);
    expect(r.n).toBe(10);
    expect(r.t).toBeCloseTo(4.116195, 6);
    expect(r.df).toBe(9);
    expect(r.p).toBeCloseTo(0.002613, 6);
    expect(r.ci95?.[0]).toBeCloseTo(1.035978, 6);
    expect(r.ci95?.[1]).toBeCloseTo(3.564022, 6);
    expect(r.dz).toBeCloseTo(1.301655, 6);
    expect(r.gz).toBeCloseTo(gzFrom(1.30165511938534, 10), 6);
    expect(r.meanDiff).toBeCloseTo(2.3, 12);
  });

  it('swapping pre and post flips the sign of t, the CI and d_z but not p', () => {
    const a = pairedTTest(preB, postB);
    const b = pairedTTest(postB, preB);
    expect(b.t).toBeCloseTo(-(a.t as number), 12);
    expect(b.p).toBeCloseTo(a.p as number, 14);
    expect(b.ci95?.[0]).toBeCloseTo(-(a.ci95?.[1] as number), 12);
    expect(b.dz).toBeCloseTo(-(a.dz as number), 12);
  });
});

describe('Wilcoxon signed-rank (MEASURES §3)', () => {
  it('data set A', () => {
    const r = wilcoxonSignedRank(y, x);
    expect(r.n).toBe(9);
    expect(r.nNonZero).toBe(9);
    expect(r.zeros).toBe(0);
    expect(r.wPlus).toBe(40);
    expect(r.wMinus).toBe(5);
    expect(r.pExact).toBeCloseTo(0.0390625, 12);
    expect(r.z).toBeCloseTo(2.073221, 6);
    expect(r.pAsymptotic).toBeCloseTo(0.038152, 6);
    expect(r.rankBiserial).toBeCloseTo(0.777778, 6);
    expect(r.hodgesLehmann).toBeCloseTo(0.46, 10);
    expect(r.minAttainableP).toBe(2 / 512);
    expect(r.note).toBeNull();
  });

  it('data set B (a zero difference and tied |d|)', () => {
    const r = wilcoxonSignedRank(preB, postB);
    expect(r.n).toBe(10);
    expect(r.nNonZero).toBe(9);
    expect(r.zeros).toBe(1);
    expect(r.wPlus).toBe(43.5);
    expect(r.wMinus).toBe(1.5);
    expect(r.pExact).toBeCloseTo(0.01171875, 12);
    expect(r.z).toBeCloseTo(2.507742, 6);
    expect(r.pAsymptotic).toBeCloseTo(0.012151, 6);
    expect(r.rankBiserial).toBeCloseTo(0.933333, 6);
    expect(r.hodgesLehmann).toBe(2.5); // over all 10 differences, the zero included
    expect(r.minAttainableP).toBe(2 / 512);
    expect(r.noteCodes).toEqual(['zeros-dropped']);
  });

  it('z has the sign of W⁺ − W⁻ (SPSS prints the same magnitude as a negative number)', () => {
    const up = wilcoxonSignedRank(preB, postB);
    const down = wilcoxonSignedRank(postB, preB);
    expect(down.z).toBeCloseTo(-2.507742, 6);
    expect(down.wPlus).toBe(up.wMinus);
    expect(down.pExact).toBe(up.pExact);
    expect(down.pAsymptotic).toBeCloseTo(up.pAsymptotic as number, 14);
    expect(down.hodgesLehmann).toBe(-2.5);
    expect(down.rankBiserial).toBeCloseTo(-0.933333, 6);
  });
});

describe('Reliable Change Index (MEASURES §3, data set B)', () => {
  it('S_diff and the RCIs of children 5 and 6', () => {
    const r = reliableChange(preB, postB, { sd: 3.02765, reliability: 0.85 });
    const sDiff = Math.SQRT2 * 3.02765 * Math.sqrt(0.15);
    expect(r.sDiff).toBeCloseTo(1.658312, 6);
    expect(r.sDiff).toBeCloseTo(sDiff, 12);
    const child6 = r.perChild[5];
    const child5 = r.perChild[4];
    expect(child6).toMatchObject({ index: 5, pre: 15, post: 19, change: 4, reliable: true });
    expect(child6?.rci).toBeCloseTo(2.4121, 4);
    expect(child6?.rci).toBeCloseTo(4 / sDiff, 10);
    expect(child5).toMatchObject({ index: 4, pre: 16, post: 15, change: -1, reliable: false });
    expect(child5?.rci).toBeCloseTo(-0.603, 4);
    expect(child5?.rci).toBeCloseTo(-1 / sDiff, 10);
    // Changes of 4 are reliable (2.41), 3 are not (1.81): the threshold sits between them.
    expect(r.perChild.filter((c) => c.reliable).map((c) => c.index)).toEqual([5, 6, 8]);
    expect(r.note).toBeNull();
  });
});
