// Equality measures, follows, sociogram, quiet children and the plain reading against MEASURES §2.
import { describe, expect, it } from 'vitest';
import {
  coefficientOfVariation,
  equalityReading,
  followCounts,
  followEdges,
  gini,
  giniNormalized,
  majorityHolders,
  median,
  normalizedEntropy,
  quietChildren,
  quietChildrenFromSequence,
  RunningMedian,
  sociogram,
} from '../../shared/metrics';
import { seeded } from '../../shared/random/seeded';

describe('equality measures: MEASURES §2 reference table', () => {
  const rows: [number[], number, number, number, number][] = [
    [[5, 5, 5, 5, 5, 5], 0, 0, 1, 0],
    [[30, 10, 8, 5, 2, 0], 0.536364, 0.643636, 0.702941, 1.08071],
    // CV is "—" in the table; it is defined all the same: σ = √18.75, x̄ = 2.5 → √3.
    [[10, 0, 0, 0], 0.75, 1, 0, Math.sqrt(3)],
  ];
  for (const [counts, g, gStar, j, cv] of rows) {
    it(`${counts.join(',')}`, () => {
      expect(gini(counts)).toBeCloseTo(g, 6);
      expect(giniNormalized(counts)).toBeCloseTo(gStar, 6);
      expect(normalizedEntropy(counts)).toBeCloseTo(j, 6);
      expect(coefficientOfVariation(counts)).toBeCloseTo(cv, 6);
    });
  }

  it('gives exact values at the ends of the scale', () => {
    expect(giniNormalized([5, 5, 5, 5, 5, 5])).toBe(0);
    expect(normalizedEntropy([5, 5, 5, 5, 5, 5])).toBe(1);
    expect(giniNormalized([10, 0, 0, 0])).toBe(1);
    expect(normalizedEntropy([0, 0, 7, 0])).toBe(0);
  });

  it('matches the pairwise definition G = ΣΣ|xi − xj| / (2k²x̄) and population CV on random vectors', () => {
    const rnd = seeded(7);
    for (let n = 0; n < 200; n++) {
      const k = 2 + Math.floor(rnd() * 12);
      const xs = Array.from({ length: k }, () => Math.floor(rnd() * 20));
      const sum = xs.reduce((a, b) => a + b, 0);
      if (sum === 0) continue;
      const mean = sum / k;
      let pairs = 0;
      for (const a of xs) for (const b of xs) pairs += Math.abs(a - b);
      expect(gini(xs)).toBeCloseTo(pairs / (2 * k * k * mean), 12);
      const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / k);
      expect(coefficientOfVariation(xs)).toBeCloseTo(sd / mean, 12);
    }
  });
});

describe('equality measures: edge cases are null, never NaN', () => {
  it('no children', () => {
    expect([gini([]), giniNormalized([]), normalizedEntropy([]), coefficientOfVariation([])]).toEqual([null, null, null, null]);
  });
  it('all zeros: "no turns"', () => {
    expect([gini([0, 0, 0]), giniNormalized([0, 0, 0]), normalizedEntropy([0, 0, 0]), coefficientOfVariation([0, 0, 0])]).toEqual([null, null, null, null]);
  });
  it('one child: G and CV are 0, G* and J do not exist', () => {
    expect(gini([4])).toBe(0);
    expect(coefficientOfVariation([4])).toBe(0);
    expect(giniNormalized([4])).toBeNull();
    expect(normalizedEntropy([4])).toBeNull();
    expect(gini([0])).toBeNull();
  });
  it('rejects counts that are not counts', () => {
    expect(() => gini([1, -1])).toThrow(RangeError);
    expect(() => normalizedEntropy([1, Number.NaN])).toThrow(RangeError);
    expect(() => coefficientOfVariation([Infinity, 1])).toThrow(RangeError);
  });
});

describe('equality measures: properties (seeded)', () => {
  const rnd = seeded(2024);
  const vector = (k: number, max: number) => Array.from({ length: k }, () => Math.floor(rnd() * (max + 1)));

  it('G* is 0 for equal counts and 1 when one child has all', () => {
    for (let n = 0; n < 300; n++) {
      const k = 2 + Math.floor(rnd() * 15);
      const x = 1 + Math.floor(rnd() * 50);
      expect(giniNormalized(Array(k).fill(x))).toBe(0);
      expect(normalizedEntropy(Array(k).fill(x))).toBe(1);
      const one = Array(k).fill(0);
      one[Math.floor(rnd() * k)] = x;
      expect(giniNormalized(one)).toBeCloseTo(1, 12);
      expect(normalizedEntropy(one)).toBe(0);
    }
  });

  it('moving a turn from a child with fewer to one with more: entropy falls and Gini rises, strictly', () => {
    let checked = 0;
    for (let n = 0; n < 2000; n++) {
      const k = 2 + Math.floor(rnd() * 10);
      const xs = vector(k, 30);
      const i = Math.floor(rnd() * k);
      const j = Math.floor(rnd() * k);
      if (i === j || xs[i]! === 0 || xs[i]! >= xs[j]!) continue;
      const after = [...xs];
      after[i]! -= 1;
      after[j]! += 1;
      expect(gini(after)!).toBeGreaterThan(gini(xs)!);
      expect(giniNormalized(after)!).toBeGreaterThan(giniNormalized(xs)!);
      expect(normalizedEntropy(after)!).toBeLessThan(normalizedEntropy(xs)!);
      expect(coefficientOfVariation(after)!).toBeGreaterThan(coefficientOfVariation(xs)!);
      checked++;
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('stays within [0, 1] and does not depend on the order of children', () => {
    for (let n = 0; n < 300; n++) {
      const xs = vector(2 + Math.floor(rnd() * 10), 9);
      if (xs.every((x) => x === 0)) continue;
      const shuffled = [...xs].sort(() => rnd() - 0.5);
      for (const f of [giniNormalized, normalizedEntropy]) {
        const v = f(xs)!;
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1 + 1e-12);
        expect(f(shuffled)).toBeCloseTo(v, 12);
      }
    }
  });
});

describe('who-follows-whom', () => {
  it('MEASURES §2: A B A C A B D A E C A', () => {
    const m = followCounts('A B A C A B D A E C A'.split(' '));
    expect(m).toEqual({ A: { B: 2, C: 1, E: 1 }, B: { A: 1, D: 1 }, C: { A: 2 }, D: { A: 1 }, E: { C: 1 } });
    expect(followEdges(m).map((e) => `${e.from}${e.to}${e.weight}`)).toEqual(['AB2', 'AC1', 'AE1', 'BA1', 'BD1', 'CA2', 'DA1', 'EC1']);
  });
  it('merges consecutive turns by the same child first', () => {
    expect(followCounts(['A', 'A', 'B', 'B', 'B', 'A'])).toEqual({ A: { B: 1 }, B: { A: 1 } });
    expect(followCounts([])).toEqual({});
    expect(followCounts(['A', 'A'])).toEqual({});
  });
});

describe('sociogram', () => {
  it('degrees weighted and unweighted, reciprocated pairs, isolated nodes kept', () => {
    const g = sociogram(
      [
        { from: 'a', to: 'b' },
        { from: 'a', to: 'b' },
        { from: 'b', to: 'a' },
        { from: 'a', to: 'c', weight: 3 },
        { from: 'c', to: 'c' },
        { from: 'd', to: 'b', weight: 0 },
      ],
      ['a', 'b', 'c', 'z'],
    );
    expect(g.nodes).toEqual([
      { childId: 'a', inDegree: 1, outDegree: 2, weightedInDegree: 1, weightedOutDegree: 5 },
      { childId: 'b', inDegree: 1, outDegree: 1, weightedInDegree: 2, weightedOutDegree: 1 },
      { childId: 'c', inDegree: 1, outDegree: 0, weightedInDegree: 3, weightedOutDegree: 0 },
      { childId: 'z', inDegree: 0, outDegree: 0, weightedInDegree: 0, weightedOutDegree: 0 },
    ]);
    expect(g.edges).toEqual([
      { from: 'a', to: 'b', weight: 2 },
      { from: 'a', to: 'c', weight: 3 },
      { from: 'b', to: 'a', weight: 1 },
    ]);
    expect(g.reciprocated).toEqual([{ a: 'a', b: 'b', ab: 2, ba: 1 }]);
  });
  it('of the MEASURES follow sequence: A and B, A and C reciprocate; nodes in order of appearance', () => {
    const g = sociogram(followEdges(followCounts('A B A C A B D A E C A'.split(' '))));
    expect(g.nodes.map((n) => n.childId)).toEqual(['A', 'B', 'C', 'E', 'D']);
    expect(g.reciprocated).toEqual([
      { a: 'A', b: 'B', ab: 2, ba: 1 },
      { a: 'A', b: 'C', ab: 1, ba: 2 },
    ]);
    expect(g.nodes[0]).toEqual({ childId: 'A', inDegree: 3, outDegree: 3, weightedInDegree: 4, weightedOutDegree: 4 });
  });
});

describe('quiet children', () => {
  it('share below half an equal share among present children', () => {
    // 4 present: half an equal share is 0.125; d has 1 of 12 = 0.083; e is absent and not considered.
    const q = quietChildren({
      present: ['a', 'b', 'c', 'd'],
      counts: { a: 5, b: 3, c: 3, d: 1, e: 0 },
      lastTurn: { a: 12, b: 10, c: 11, d: 9 },
      groupTurns: 12,
    });
    expect(q).toEqual([{ childId: 'd', reasons: ['low-share'], share: 1 / 12, turnsSinceLast: 3 }]);
  });
  it('no turn in the last N turns (default 2k), both reasons, and a custom N', () => {
    const seq = 'a b a c a b a b a b a b'.split(' ');
    // k = 3 → N = 6: c's last turn was the 4th of 12, 8 turns ago.
    expect(quietChildrenFromSequence(['a', 'b', 'c'], seq)).toEqual([
      { childId: 'c', reasons: ['low-share', 'no-recent-turn'], share: 1 / 12, turnsSinceLast: 8 },
    ]);
    expect(quietChildrenFromSequence(['a', 'b', 'c'], seq, { window: 9 })).toEqual([
      { childId: 'c', reasons: ['low-share'], share: 1 / 12, turnsSinceLast: 8 },
    ]);
    expect(quietChildrenFromSequence(['a', 'b', 'c'], seq, { window: 8 })[0]!.reasons).toEqual(['low-share', 'no-recent-turn']);
  });
  it('waits for enough turns: k turns for the share rule, N for the recency rule', () => {
    expect(quietChildrenFromSequence(['a', 'b', 'c'], ['a', 'a'])).toEqual([]);
    expect(quietChildrenFromSequence(['a', 'b', 'c'], ['a', 'a'], { minTurnsForShare: 0 }).map((q) => q.childId)).toEqual(['b', 'c']);
    expect(quietChildrenFromSequence(['a', 'b', 'c'], ['a', 'a', 'b'])).toEqual([{ childId: 'c', reasons: ['low-share'], share: 0, turnsSinceLast: 3 }]);
    expect(quietChildrenFromSequence([], ['a'])).toEqual([]);
    expect(quietChildrenFromSequence(['a', 'b'], [])).toEqual([]);
    expect(() => quietChildrenFromSequence(['a'], ['a'], { window: 0 })).toThrow(RangeError);
  });
  it('turns by children who left still count in the group window', () => {
    // x (absent) took the last 4 turns: a and b have had none of the last N = 4.
    const q = quietChildrenFromSequence(['a', 'b'], ['a', 'b', 'x', 'x', 'x', 'x']);
    expect(q.map((c) => [c.childId, c.reasons])).toEqual([
      ['a', ['no-recent-turn']],
      ['b', ['no-recent-turn']],
    ]);
  });
});

describe('equalityReading', () => {
  it('codes and the children holding most turns', () => {
    const r = (counts: number[]) => equalityReading(giniNormalized(counts), counts);
    expect(r([])).toEqual({ code: 'no-turns', holders: 0 });
    expect(r([0, 0, 0])).toEqual({ code: 'no-turns', holders: 0 });
    expect(r([1, 1, 0, 0])).toEqual({ code: 'too-few-turns', holders: 2 });
    expect(r([5, 5, 5, 5, 5, 5])).toEqual({ code: 'even', holders: 4 });
    expect(r([3])).toEqual({ code: 'even', holders: 1 });
    expect(r([2, 2, 2, 2, 2, 0])).toEqual({ code: 'fairly-even', holders: 3 }); // G* = 0.2
    expect(r([1, 1, 1, 1, 1, 0])).toEqual({ code: 'too-few-turns', holders: 3 });
    expect(r([30, 10, 8, 5, 2, 0])).toEqual({ code: 'few-dominate', holders: 1 });
    expect(r([9, 8, 1, 1, 1, 0])).toEqual({ code: 'few-dominate', holders: 2 });
    expect(equalityReading(0.19999, [2, 2, 2])).toMatchObject({ code: 'even' });
    expect(equalityReading(0.4, [2, 2, 2])).toMatchObject({ code: 'few-dominate' });
  });
  it('majorityHolders counts the fewest children above half', () => {
    expect(majorityHolders([5, 5])).toBe(2);
    expect(majorityHolders([6, 5])).toBe(1);
    expect(majorityHolders([0])).toBe(0);
  });
});

describe('running median', () => {
  it('equals the sorted median after every sample', () => {
    const rnd = seeded(99);
    const m = new RunningMedian();
    const seen: number[] = [];
    expect(m.median()).toBeNull();
    for (let i = 0; i < 500; i++) {
      const x = Math.floor(rnd() * 100);
      m.add(x);
      seen.push(x);
      expect(m.median()).toBe(median(seen));
    }
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
