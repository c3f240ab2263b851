// analysePrePost and defaultPrePostChoice: MEASURES §3 reference data routed through check-ins, missing children, guards, notes.
import { describe, expect, it } from 'vitest';
import type { ReviewCheckin } from '../../shared/api/review';
import type { ChildInfo } from '../../shared/api/schemas';
import { analysePrePost, defaultPrePostChoice, groupPreTestSd, instrumentsWithResponses, sideScore, type PrePostAnalysis } from '../../shared/review/prepost';

let clock = 0;
/** A check-in as the review API gives it; a number is a finished, complete total. */
function ck(childId: string, session: number, total: number | null, extra: Partial<ReviewCheckin> = {}): ReviewCheckin {
  return {
    childId,
    instrumentId: 'rses',
    version: 'v1',
    status: 'finished',
    answers: {},
    skipped: total === null ? ['worth'] : [],
    itemScores: {},
    total,
    changes: 0,
    durationMs: 1000,
    language: 'en',
    session,
    at: ++clock,
    ...extra,
  };
}

const kid = (id: string): ChildInfo => ({ id, nickname: id, avatar: 'cat', code: `C-${id}`, consent: { participation: true, research: true } });
const withoutResearch = (id: string): ChildInfo => ({ ...kid(id), consent: { participation: true, research: false } });

const preB = [14, 18, 12, 20, 16, 15, 11, 19, 17, 13];
const postB = [17, 21, 12, 22, 15, 19, 15, 20, 21, 16];
const idsB = preB.map((_, i) => `b${i + 1}`);

/** Data set B as RSES totals at sessions 1 and 4, plus four children who must be listed, not tested. */
function dataSetB(): { checkins: ReviewCheckin[]; children: ChildInfo[] } {
  const checkins = idsB.flatMap((id, i) => [ck(id, 1, preB[i] as number), ck(id, 4, postB[i] as number)]);
  checkins.push(
    ck('declined', 1, 20),
    ck('declined', 4, null, { status: 'declined', skipped: [] }),
    ck('skipper', 1, null),
    ck('skipper', 4, 22),
    ck('absent', 1, 18),
    ck('ended', 1, 12),
    ck('ended', 4, null, { status: 'partial' }),
    // A daily check-in and another session's RSES must not leak in.
    ck('b1', 4, 99, { instrumentId: 'daily-5' }),
    ck('b1', 2, 30),
  );
  return { checkins, children: [...idsB, 'declined', 'skipper', 'absent', 'ended', 'never'].map(kid) };
}

function tested(a: PrePostAnalysis) {
  if (a.tests.state !== 'tested') throw new Error(`expected tests, got ${a.tests.state}`);
  return a.tests;
}

describe('analysePrePost on MEASURES data set B (with children who have no pair)', () => {
  const { checkins, children } = dataSetB();
  const a = analysePrePost(
    checkins,
    children,
    { instrumentId: 'rses', preSession: 1, postSession: 4 },
    { sd: 3.02765, reliability: 0.85, source: 'test norms' },
  );

  it('pairs the ten complete children in roster order and reproduces the reference tests', () => {
    expect(a.rows.map((r) => r.childId)).toEqual(idsB);
    expect(a.rows.map((r) => r.change)).toEqual([3, 3, 0, 2, -1, 4, 4, 1, 4, 3]);
    const { ttest, wilcoxon } = tested(a);
    expect(ttest.n).toBe(10);
    expect(ttest.t).toBeCloseTo(4.116195, 6);
    expect(ttest.df).toBe(9);
    expect(ttest.p).toBeCloseTo(0.002613, 6);
    expect(ttest.ci95?.[0]).toBeCloseTo(1.035978, 6);
    expect(ttest.ci95?.[1]).toBeCloseTo(3.564022, 6);
    expect(ttest.dz).toBeCloseTo(1.301655, 6);
    expect(wilcoxon.nNonZero).toBe(9);
    expect(wilcoxon.wPlus).toBe(43.5);
    expect(wilcoxon.wMinus).toBe(1.5);
    expect(wilcoxon.pExact).toBeCloseTo(0.01171875, 12);
    expect(wilcoxon.z).toBeCloseTo(2.507742, 6);
    expect(wilcoxon.pAsymptotic).toBeCloseTo(0.012151, 6);
    expect(wilcoxon.rankBiserial).toBeCloseTo(0.933333, 6);
    expect(wilcoxon.hodgesLehmann).toBe(2.5);
  });

  it('gives each child the reference RCI and a yes/no reliable change', () => {
    expect(a.norms?.sDiff).toBeCloseTo(1.658312, 6);
    expect(a.rows[5]?.rci).toBeCloseTo(2.4121, 4);
    expect(a.rows[5]?.reliable).toBe('yes');
    expect(a.rows[4]?.rci).toBeCloseTo(-0.603, 4);
    expect(a.rows[4]?.reliable).toBe('no');
    // |3/1.658312| = 1.809 < 1.96: a rise of 3 is not reliable with these norms; 4/1.658 = 2.41 is.
    expect(a.rows.map((r) => r.reliable)).toEqual(['no', 'no', 'no', 'no', 'no', 'yes', 'yes', 'no', 'yes', 'no']);
  });

  it('lists every child without a pair with the reason, never dropping one', () => {
    expect(a.missing).toEqual([
      { childId: 'declined', pre: 20, post: null, preReason: null, postReason: 'declined' },
      { childId: 'skipper', pre: null, post: 22, preReason: 'incomplete', postReason: null },
      { childId: 'absent', pre: 18, post: null, preReason: null, postReason: 'no-response' },
      { childId: 'ended', pre: 12, post: null, preReason: null, postReason: 'round-ended' },
      { childId: 'never', pre: null, post: null, preReason: 'no-response', postReason: 'no-response' },
    ]);
    expect(a.rows.length + a.missing.length).toBe(children.length);
  });

  it('describes the pairs and counts who went up, down and stayed', () => {
    expect(a.descriptives?.pre.mean).toBe(15.5);
    expect(a.descriptives?.post.mean).toBe(17.8);
    expect(a.descriptives?.change.mean).toBeCloseTo(2.3, 12);
    expect(a.descriptives?.pre.sd).toBeCloseTo(3.02765, 5);
    expect(a.direction).toEqual({ up: 8, down: 1, same: 1 });
  });

  it('carries the small-n notes with n, the zero and the smallest exact p (2/2⁹)', () => {
    expect(a.notes.map((n) => n.code)).toEqual(['sample', 'missing', 'min-exact-p', 'wilcoxon-headline', 'effect-sizes', 'no-cut-offs']);
    expect(a.notes[0]?.values).toEqual({ n: 10, zeros: 1, nNonZero: 9 });
    expect(a.notes[1]?.values).toEqual({ missing: 5 });
    expect(a.notes[2]?.values).toEqual({ nNonZero: 9, p: 2 / 512 });
  });
});

describe('analysePrePost on MEASURES data set A (decimal scores, pre = y, post = x)', () => {
  const x = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
  const y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
  const ids = x.map((_, i) => `a${i}`);
  const checkins = ids.flatMap((id, i) => [ck(id, 2, y[i] as number), ck(id, 3, x[i] as number)]);
  const a = analysePrePost(checkins, ids.map(kid), { instrumentId: 'rses', preSession: 2, postSession: 3 });

  it('reproduces the reference values', () => {
    const { ttest, wilcoxon } = tested(a);
    expect(ttest.t).toBeCloseTo(3.035375, 6);
    expect(ttest.p).toBeCloseTo(0.016177, 6);
    expect(ttest.ci95?.[0]).toBeCloseTo(0.103779, 6);
    expect(ttest.ci95?.[1]).toBeCloseTo(0.759999, 6);
    expect(ttest.dz).toBeCloseTo(1.011792, 6);
    expect([wilcoxon.nNonZero, wilcoxon.wPlus, wilcoxon.wMinus]).toEqual([9, 40, 5]);
    expect(wilcoxon.pExact).toBeCloseTo(0.0390625, 12);
    expect(wilcoxon.z).toBeCloseTo(2.073221, 6);
    expect(wilcoxon.pAsymptotic).toBeCloseTo(0.038152, 6);
    expect(wilcoxon.rankBiserial).toBeCloseTo(0.777778, 6);
    expect(wilcoxon.hodgesLehmann).toBeCloseTo(0.46, 10);
  });

  it('without norms, reliable change is unknown and the note says none are set', () => {
    expect(a.norms).toBeNull();
    expect(a.rows.every((r) => r.rci === null && r.reliable === 'unknown')).toBe(true);
    expect(a.notes.map((n) => n.code)).toContain('rci-not-set');
    expect(a.missing).toEqual([]);
  });
});

describe('guards: thin data gives a clear state, never a throw', () => {
  // Children no roster lists (no consent known): only the all-children set counts them.
  const choice = { instrumentId: 'rses', preSession: 1, postSession: 2, population: 'all' as const };

  it('no pairs at all', () => {
    const a = analysePrePost([ck('x', 1, 10), ck('y', 2, 12)], [kid('x'), kid('y')], choice);
    expect(a.tests).toEqual({ state: 'not-enough-pairs', pairs: 0 });
    expect(a.descriptives).toBeNull();
    expect(a.missing.map((m) => [m.childId, m.preReason, m.postReason])).toEqual([
      ['x', null, 'no-response'],
      ['y', 'no-response', null],
    ]);
    expect(a.notes[0]).toEqual({ code: 'not-enough-pairs', values: { pairs: 0 } });
  });

  it('one pair', () => {
    const a = analysePrePost([ck('x', 1, 10), ck('x', 2, 14)], [kid('x')], choice, { sd: 4, reliability: 0.5, source: 's' });
    expect(a.tests).toEqual({ state: 'not-enough-pairs', pairs: 1 });
    // S_diff = √2·4·√0.5 = 4, so RCI = 4/4 = 1.
    expect(a.rows).toEqual([{ childId: 'x', pre: 10, post: 14, change: 4, rci: expect.closeTo(1, 12), reliable: 'no' }]);
  });

  it('no check-ins and no children', () => {
    const a = analysePrePost([], [], choice);
    expect(a.rows).toEqual([]);
    expect(a.missing).toEqual([]);
    expect(a.tests.state).toBe('not-enough-pairs');
  });

  it('the same session as pre and post', () => {
    const a = analysePrePost([ck('x', 1, 10), ck('y', 1, 12)], [kid('x'), kid('y')], { ...choice, postSession: 1 });
    expect(a.tests).toEqual({ state: 'same-session' });
    expect(a.notes[0]?.code).toBe('same-session');
  });

  it('all differences zero: tested, with the note, no exact p', () => {
    const a = analysePrePost(
      [10, 12, 15].flatMap((s, i) => [ck(`k${i}`, 1, s), ck(`k${i}`, 2, s)]),
      [],
      choice,
    );
    const { ttest, wilcoxon } = tested(a);
    expect(ttest.t).toBeNull();
    expect(wilcoxon.pExact).toBeNull();
    expect(a.direction).toEqual({ up: 0, down: 0, same: 3 });
    expect(a.notes.map((n) => n.code)).toContain('all-differences-zero');
    expect(a.notes.map((n) => n.code)).not.toContain('min-exact-p');
  });

  it('a hand-worked small group: d = 3, 0, 5', () => {
    const a = analysePrePost([ck('p', 1, 10), ck('p', 2, 13), ck('q', 1, 12), ck('q', 2, 12), ck('r', 1, 15), ck('r', 2, 20)], [], choice);
    const { ttest, wilcoxon } = tested(a);
    // d̄ = 8/3; s_d = √(12.6667/2) = 2.51661; t = 2.66667/(2.51661/√3) = 1.83533.
    expect(ttest.meanDiff).toBeCloseTo(8 / 3, 12);
    expect(ttest.sdDiff).toBeCloseTo(2.51661, 5);
    expect(ttest.t).toBeCloseTo(1.83533, 5);
    // Zero dropped: n′ = 2, ranks 1 and 2 both positive, W⁺ = 3; exact p = 2/4; Walsh medians of {3,0,5} → 2.75.
    expect([wilcoxon.nNonZero, wilcoxon.wPlus, wilcoxon.wMinus, wilcoxon.pExact, wilcoxon.hodgesLehmann]).toEqual([2, 3, 0, 0.5, 2.75]);
    const codes = a.notes.map((n) => n.code);
    expect(codes).toEqual(['sample', 'min-exact-p', 'too-few-for-05', 'wilcoxon-headline', 'effect-sizes', 'no-cut-offs', 'rci-not-set']);
    expect(a.notes[1]?.values).toEqual({ nNonZero: 2, p: 0.5 });
  });
});

describe('which answers count as scores', () => {
  it('only finished, complete totals; the latest scored one when a round ran twice', () => {
    const checkins = [ck('x', 1, 10), ck('x', 1, 12), ck('x', 1, null, { status: 'declined', skipped: [] }), ck('y', 1, 15, { status: 'partial' })];
    expect(sideScore(checkins, 'x', 'rses', 1)).toEqual({ score: 12, version: 'v1' });
    // A total on a partial response does not count.
    expect(sideScore(checkins, 'y', 'rses', 1)).toEqual({ score: null, reason: 'round-ended' });
    expect(sideScore([ck('z', 1, null, { status: 'no-answer', skipped: [] })], 'z', 'rses', 1)).toEqual({ score: null, reason: 'no-answer' });
    expect(sideScore(checkins, 'x', 'rses', 2)).toEqual({ score: null, reason: 'no-response' });
  });

  it('lists a child who answered but is no longer on the roster', () => {
    const a = analysePrePost([ck('gone', 1, 10), ck('gone', 2, 11), ck('x', 1, 9)], [kid('x')], {
      instrumentId: 'rses',
      preSession: 1,
      postSession: 2,
      population: 'all',
    });
    expect(a.rows.map((r) => r.childId)).toEqual(['gone']);
    expect(a.missing.map((r) => r.childId)).toEqual(['x']);
  });

  it('says when the scores come from different versions', () => {
    const a = analysePrePost([ck('x', 1, 10), ck('x', 2, 11, { version: 'v2' })], [], {
      instrumentId: 'rses',
      preSession: 1,
      postSession: 2,
      population: 'all',
    });
    expect(a.versions).toEqual({ pre: ['v1'], post: ['v2'] });
    expect(a.notes.find((n) => n.code === 'versions-differ')?.values).toEqual({ pre: 'v1', post: 'v2' });
  });
});

describe('RCI norms', () => {
  const checkins = [ck('x', 1, 10), ck('x', 2, 16), ck('y', 1, 20), ck('y', 2, 19)];
  const choice = { instrumentId: 'rses', preSession: 1, postSession: 2, population: 'all' as const };

  it('unusable norms are treated as not set, with their own note', () => {
    for (const bad of [
      { sd: -1, reliability: 0.8 },
      { sd: 3, reliability: 1.2 },
      { sd: Number.NaN, reliability: 0.8 },
    ]) {
      const a = analysePrePost(checkins, [], choice, { ...bad, source: 'typo' });
      expect(a.norms).toBeNull();
      expect(a.rows.every((r) => r.reliable === 'unknown')).toBe(true);
      expect(a.notes.map((n) => n.code)).toContain('norms-unusable');
    }
  });

  it('reliability 1 makes S_diff 0: no RCI, and the note', () => {
    const a = analysePrePost(checkins, [], choice, { sd: 3, reliability: 1, source: 'x' });
    expect(a.norms?.sDiff).toBe(0);
    expect(a.rows.map((r) => r.reliable)).toEqual(['unknown', 'unknown']);
    expect(a.notes.map((n) => n.code)).toContain('rci-undefined');
  });

  it("the group's own pre-test sd is flagged as weaker", () => {
    // Pre scores 10 and 20: sd = √50 = 7.0711; S_diff = √2·7.0711·√(1 − .75) = 5; RCI = 6/5 and −1/5.
    const sdPre = groupPreTestSd(checkins, [], choice);
    expect(sdPre).toBeCloseTo(Math.sqrt(50), 12);
    const a = analysePrePost(checkins, [], choice, { sd: sdPre as number, reliability: 0.75, source: 'group', fromGroup: true });
    expect(a.rows.map((r) => r.rci)).toEqual([expect.closeTo(1.2, 12), expect.closeTo(-0.2, 12)]);
    expect(a.notes.map((n) => n.code)).toContain('rci-group-sd');
  });

  it('the group pre-test sd uses every child with a pre score, paired or not, and is null below two', () => {
    expect(groupPreTestSd([...checkins, ck('z', 1, 30)], [], choice)).toBeCloseTo(10, 12);
    expect(groupPreTestSd([ck('x', 1, 10)], [], choice)).toBeNull();
  });
});

describe('defaultPrePostChoice', () => {
  const instruments = [
    { id: 'daily-5', kind: 'daily' as const, family: 'circletime-daily' },
    { id: 'rses', kind: 'scale' as const },
    { id: 'rses-1965', kind: 'scale' as const },
    { id: 'my-scale', kind: 'scale' as const },
  ];

  it('the first and last session with an RSES score, ignoring daily check-ins and sessions where all declined', () => {
    const checkins = [
      ck('x', 1, 12, { instrumentId: 'daily-5' }),
      ck('x', 2, null, { status: 'declined', skipped: [] }),
      ck('x', 3, 15),
      ck('x', 5, 18),
      ck('x', 6, 12, { instrumentId: 'daily-5' }),
    ];
    expect(defaultPrePostChoice(checkins, instruments)).toEqual({ instrumentId: 'rses', preSession: 3, postSession: 5, population: 'research' });
  });

  it('the 1965-order RSES is an RSES too; the one answered in more sessions wins', () => {
    const checkins = [ck('x', 1, 10, { instrumentId: 'rses-1965' }), ck('x', 2, 11, { instrumentId: 'rses-1965' }), ck('x', 2, 9)];
    expect(defaultPrePostChoice(checkins, instruments)).toEqual({ instrumentId: 'rses-1965', preSession: 1, postSession: 2, population: 'research' });
  });

  it("picks Circletime's own getting-along check-in when a group has no RSES (its first and last session)", () => {
    const own = [...instruments, { id: 'getting-along-3', kind: 'scale' as const, family: 'circletime-getting-along' }];
    const checkins = [
      ck('x', 1, 12, { instrumentId: 'getting-along-3' }),
      ck('x', 2, 12, { instrumentId: 'daily-5' }),
      ck('x', 6, 15, { instrumentId: 'getting-along-3' }),
    ];
    expect(defaultPrePostChoice(checkins, own)).toEqual({ instrumentId: 'getting-along-3', preSession: 1, postSession: 6, population: 'research' });
  });

  it('falls back to another scale, then to null', () => {
    expect(defaultPrePostChoice([ck('x', 2, 4, { instrumentId: 'my-scale' }), ck('x', 4, 5, { instrumentId: 'my-scale' })], instruments)).toEqual({
      instrumentId: 'my-scale',
      preSession: 2,
      postSession: 4,
      population: 'research',
    });
    expect(defaultPrePostChoice([ck('x', 1, 12, { instrumentId: 'daily-5' })], instruments)).toBeNull();
    expect(defaultPrePostChoice([], instruments)).toBeNull();
  });

  it('one RSES session gives pre = post (the analysis then says so)', () => {
    expect(defaultPrePostChoice([ck('x', 2, 10)], instruments)).toEqual({ instrumentId: 'rses', preSession: 2, postSession: 2, population: 'research' });
  });

  it('instrumentsWithResponses lists scales first, each with its sessions and scores', () => {
    const list = instrumentsWithResponses([ck('x', 1, 12, { instrumentId: 'daily-5' }), ck('x', 1, 10), ck('y', 1, null)], instruments);
    expect(list).toEqual([
      { instrumentId: 'rses', kind: 'scale', sessions: [{ session: 1, responses: 2, scored: 1 }] },
      { instrumentId: 'daily-5', kind: 'daily', sessions: [{ session: 1, responses: 1, scored: 1 }] },
    ]);
  });
});

describe('which children a pre/post analysis covers', () => {
  // Data set B where b1 and b2 have no research consent: the research export holds b3…b10 only.
  const { checkins } = dataSetB();
  const children = [...idsB.map((id) => (id === 'b1' || id === 'b2' ? withoutResearch(id) : kid(id))), kid('declined')];
  const choice = { instrumentId: 'rses', preSession: 1, postSession: 4 };

  it('by default only research-consented children: the figures the research export reproduces', () => {
    const a = analysePrePost(checkins, children, choice);
    expect(a.population).toBe('research');
    expect(a.rows.map((r) => r.childId)).toEqual(idsB.slice(2));
    expect(a.leftOut).toEqual(['b1', 'b2', 'skipper', 'absent', 'ended']);
    // The same numbers as an analysis of only what the export holds (the consented children's answers).
    const exported = checkins.filter((c) => !['b1', 'b2', 'skipper', 'absent', 'ended'].includes(c.childId));
    const fromExport = analysePrePost(
      exported,
      children.filter((c) => c.consent?.research),
      { ...choice, population: 'all' },
    );
    expect(tested(a)).toEqual(tested(fromExport));
    expect(a.missing).toEqual(fromExport.missing);
    // By hand: b3…b10 differences 0 2 −1 4 4 1 4 3 ⇒ mean 17/8.
    expect(tested(a).ttest.meanDiff).toBeCloseTo(17 / 8, 12);
  });

  it('all children taking part on request (service evaluation): nobody left out', () => {
    const a = analysePrePost(checkins, children, { ...choice, population: 'all' });
    expect(a.population).toBe('all');
    expect(a.rows).toHaveLength(10);
    expect(a.leftOut).toEqual([]);
  });

  it("the group's pre-test SD, too, is over the chosen children only", () => {
    const research = groupPreTestSd(checkins, children, choice);
    const all = groupPreTestSd(checkins, children, { ...choice, population: 'all' });
    expect(research).not.toBe(all);
    // b3…b10 pre 12 20 16 15 11 19 17 13 and 'declined' 20 (consented): nine scores.
    const pre = [12, 20, 16, 15, 11, 19, 17, 13, 20];
    const m = pre.reduce((x, y) => x + y, 0) / pre.length;
    expect(research).toBeCloseTo(Math.sqrt(pre.reduce((x, y) => x + (y - m) ** 2, 0) / (pre.length - 1)), 12);
  });
});
