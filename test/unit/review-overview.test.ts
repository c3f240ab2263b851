// The review overview's shaping of a group: session rows, per-child rows, check-in results, trends, equality, sociogram, tag tables.
import { describe, expect, it } from 'vitest';
import type { ReviewCheckin, ReviewGroup } from '../../shared/api/review';
import type { Instrument } from '../../shared/instruments/schema';
import { participation, type MetricEvent } from '../../shared/metrics';
import type { SessionEvent } from '../../shared/session/events';
import { childCheckins, checkinBySession, instrumentsUsed } from '../../shared/review/overview-checkins';
import { childRows, tagCounts } from '../../shared/review/overview-children';
import { sessionDigest } from '../../shared/review/overview-digest';
import { equalitySeries } from '../../shared/review/overview-equality';
import { graphLayout } from '../../shared/review/overview-graph';
import { programmeSpan, sessionRows } from '../../shared/review/overview-sessions';
import { trendMetrics, trendSeries } from '../../shared/review/overview-trend';
import { tagsPerChild, tagsPerSession } from '../../shared/review/report-observations';
import { loadInstruments } from '../../server/instruments/load-instruments';

const roster = (...ids: string[]) => ids.map((childId) => ({ childId, nickname: childId, avatar: 'fox' }));
const ENROLLED = ['amy', 'ben', 'cat', 'dan'];

function log(rows: [number, string, unknown][]): MetricEvent[] {
  return rows.map(([at, type, payload], i) => ({ seq: i + 1, type, payload, at }));
}
const asSession = (events: MetricEvent[]) => events.map((e) => ({ ...e, sessionId: 's', actor: { kind: 'system' } })) as unknown as SessionEvent[];

// Session 1: amy, ben, cat came (dan never does); a programme plan, two rounds, star passes both ways, tags (one undone).
const S1 = log([
  [1000, 'session.started', { groupId: 'g', groupName: 'G', language: 'en', ageBand: '9-10', autoApprove: true, roster: roster(...ENROLLED) }],
  [1100, 'seat.granted', { childId: 'amy', deviceHash: 'd1', by: 'auto' }],
  [1200, 'seat.granted', { childId: 'ben', deviceHash: 'd2', by: 'auto' }],
  [1300, 'seat.granted', { childId: 'cat', deviceHash: 'd3', by: 'auto' }],
  [1400, 'plan.set', { rounds: [], session: { index: 0, count: 2, title: 'Knowing each other', goal: '' } }],
  [2000, 'round.started', { number: 1, activity: 'spotlight', settings: {}, planIndex: 0, history: {} }],
  [2100, 'spotlight.offered', { childId: 'amy', card: 'pet', by: 'scheduler' }],
  [3100, 'spotlight.started', { childId: 'amy', latencyMs: 1000 }],
  [4000, 'reaction.sent', { childId: 'ben', kind: 'clap', to: 'amy' }],
  [63100, 'spotlight.ended', { childId: 'amy', durationMs: 60000, by: 'child' }],
  [64000, 'round.ended', { reason: 'staff' }],
  [65000, 'round.started', { number: 2, activity: 'pass-star', settings: {}, planIndex: 1, history: {} }],
  [66000, 'star.given', { to: 'ben', by: 'staff', heldMs: null, from: null }],
  [67000, 'star.passed', { from: 'ben', to: 'cat', heldMs: 1000 }],
  [68000, 'star.passed', { from: 'cat', to: 'ben', heldMs: 1000 }],
  [69000, 'star.passed', { from: 'ben', to: 'cat', heldMs: 1000 }],
  [69500, 'observation.tagged', { id: 't1', childId: 'cat', tag: 'helped-peer', note: '  helped Ben with the star ' }],
  [69600, 'observation.tagged', { id: 't2', childId: 'ben', tag: 'withdrew' }],
  [69700, 'observation.tagged', { id: 't3', childId: 'amy', tag: 'tension' }],
  [69800, 'observation.undone', { id: 't3' }],
  [70000, 'star.kept', { holder: 'cat', heldMs: 1000 }],
  [70000, 'round.ended', { reason: 'staff' }],
  [71000, 'session.ended', { reason: 'staff' }],
]);
// Session 2: cat is absent; a hand-made plan replaces the programme's; no rounds.
const S2 = log([
  [100000, 'session.started', { groupId: 'g', groupName: 'G', language: 'en', ageBand: '9-10', autoApprove: true, roster: roster(...ENROLLED) }],
  [100100, 'seat.granted', { childId: 'amy', deviceHash: 'd1', by: 'auto' }],
  [100200, 'seat.granted', { childId: 'ben', deviceHash: 'd2', by: 'auto' }],
  [100300, 'plan.set', { rounds: [], session: { index: 1, count: 2, title: 'Breaking through', goal: '' } }],
  [100400, 'plan.set', { rounds: [] }],
  [100500, 'observation.tagged', { id: 't4', childId: 'ben', tag: 'spoke-clearly' }],
]);

function checkin(
  childId: string,
  instrumentId: string,
  session: number,
  at: number,
  total: number | null,
  status: ReviewCheckin['status'] = 'finished',
): ReviewCheckin {
  return {
    childId,
    instrumentId,
    version: '1',
    status,
    answers: {},
    skipped: [],
    itemScores: {},
    total,
    changes: 0,
    durationMs: 1000,
    language: 'en',
    session,
    at,
  };
}

const CHECKINS: ReviewCheckin[] = [
  checkin('amy', 'daily-5', 1, 2000, 11),
  checkin('amy', 'rses', 1, 2500, 18),
  checkin('ben', 'rses', 1, 2600, null, 'declined'),
  checkin('amy', 'daily-5', 2, 100600, 13),
  checkin('amy', 'rses', 2, 100700, 22),
  checkin('ben', 'rses', 2, 100800, 20),
  checkin('ben', 'gone-scale', 2, 100900, 4),
];

const GROUP: ReviewGroup = {
  children: ENROLLED.map((id) => ({ id, nickname: id.toUpperCase(), avatar: 'fox', code: id })),
  facilitators: ['Ana'],
  sessions: [
    { number: 1, id: 's1', startedAt: 1000, endedAt: 71000, metrics: participation(S1, ENROLLED) },
    { number: 2, id: 's2', startedAt: 100000, endedAt: null, metrics: participation(S2, ENROLLED) },
  ],
  programme: participation([S1, S2], ENROLLED),
  checkins: CHECKINS,
  timeZone: 'UTC',
};

const CATALOG: Instrument[] = loadInstruments(undefined).map((l) => l.instrument);
const USED = instrumentsUsed(CHECKINS, CATALOG);

describe('session digest and rows', () => {
  const d1 = sessionDigest(asSession(S1));
  const d2 = sessionDigest(asSession(S2));

  it('reads rounds played, the programme session last loaded and the notes not taken back', () => {
    expect(d1.rounds).toEqual([
      { number: 1, activity: 'spotlight' },
      { number: 2, activity: 'pass-star' },
    ]);
    expect(d1.planSession?.title).toBe('Knowing each other');
    expect(d1.notes.map((n) => [n.childId, n.tag, n.note])).toEqual([
      ['cat', 'helped-peer', 'helped Ben with the star'],
      ['ben', 'withdrew', null],
    ]);
    // A later hand-made plan is what ran: no programme session.
    expect(d2.planSession).toBeNull();
    expect(d2.rounds).toEqual([]);
  });

  it('lists each session with duration, attendance among the enrolled and who was absent', () => {
    const rows = sessionRows(GROUP, new Map([[1, d1]]));
    expect(rows.map((r) => [r.number, r.durationMs, r.present, r.absent])).toEqual([
      [1, 70000, ['amy', 'ben', 'cat'], ['dan']],
      [2, null, ['amy', 'ben'], ['cat', 'dan']],
    ]);
    expect(rows[0]!.planSession?.index).toBe(0);
    // Session 2's log is not read yet: undefined, not "no plan".
    expect(rows[1]!.planSession).toBeUndefined();
    expect(rows[1]!.rounds).toBeUndefined();
    expect(programmeSpan(GROUP)).toEqual({ from: 1000, to: 100000 });
    expect(programmeSpan({ ...GROUP, sessions: [] })).toBeNull();
  });
});

describe('check-in results', () => {
  it('lists the instruments used with a scored response, daily first, unknown ones as scales without a title', () => {
    expect(USED.map((i) => [i.id, i.kind, i.known, i.max])).toEqual([
      ['daily-5', 'daily', true, 15],
      ['rses', 'scale', true, 30],
      ['gone-scale', 'scale', false, null],
    ]);
  });

  it('gives the latest daily total and the first and last total of each scale', () => {
    expect(childCheckins('amy', CHECKINS, USED)).toEqual({
      daily: { instrumentId: 'daily-5', session: 2, at: 100600, total: 13 },
      scales: [{ instrumentId: 'rses', first: { session: 1, at: 2500, total: 18 }, last: { session: 2, at: 100700, total: 22 }, count: 2 }],
    });
    // A declined check-in has no total: only the later one counts, once.
    const ben = childCheckins('ben', CHECKINS, USED);
    expect(ben.daily).toBeNull();
    expect(ben.scales.map((s) => [s.instrumentId, s.first.total, s.last.total, s.count])).toEqual([
      ['rses', 20, 20, 1],
      ['gone-scale', 4, 4, 1],
    ]);
    expect(childCheckins('dan', CHECKINS, USED)).toEqual({ daily: null, scales: [] });
  });

  it('puts each scored total under its session, null elsewhere', () => {
    expect(checkinBySession(CHECKINS, 'rses', 'amy', 2)).toEqual([18, 22]);
    expect(checkinBySession(CHECKINS, 'rses', 'ben', 2)).toEqual([null, 20]);
    expect(checkinBySession(CHECKINS, 'daily-5', 'cat', 2)).toEqual([null, null]);
  });
});

describe('children across the programme', () => {
  const rows = childRows(GROUP, USED);

  it('has a row per enrolled child, zeros included, with attendance of all sessions', () => {
    expect(rows.map((r) => [r.childId, r.attendance, r.sessions, r.totals.turns])).toEqual([
      ['amy', 2, 2, 1],
      ['ben', 2, 2, 2],
      ['cat', 1, 2, 2],
      ['dan', 0, 2, 0],
    ]);
    expect(rows[1]!.totals.starPassesGiven).toBe(2);
    expect(rows[2]!.totals.starPassesReceived).toBe(2);
    expect(rows[0]!.totals.reactionsReceived).toBe(1);
  });

  it('lists tags with a count, positive ones first, and leaves out a tag taken back', () => {
    expect(rows.find((r) => r.childId === 'ben')!.tags).toEqual([
      { tag: 'spoke-clearly', n: 1, positive: true },
      { tag: 'withdrew', n: 1, positive: false },
    ]);
    expect(rows.find((r) => r.childId === 'amy')!.tags).toEqual([]);
    expect(tagCounts({ disagreed: 2, 'helped-peer': 1, encouraged: 0 }).map((x) => x.tag)).toEqual(['helped-peer', 'disagreed']);
  });

  it('adds a roster child the metrics never saw as a row of zeros', () => {
    const extra = childRows({ ...GROUP, children: [...GROUP.children, { id: 'new', nickname: 'New', avatar: 'fox', code: 'n' }] }, USED);
    expect(extra.map((r) => r.childId)).toEqual(['amy', 'ben', 'cat', 'dan', 'new']);
    expect(extra[4]!.totals.turns).toBe(0);
    expect(extra[4]!.tags).toEqual([]);
  });
});

describe('trends', () => {
  it('offers every measure, then one metric per instrument used', () => {
    const metrics = trendMetrics(USED);
    expect(metrics[0]).toBe('turns');
    expect(metrics.slice(-3)).toEqual(['instrument:daily-5', 'instrument:rses', 'instrument:gone-scale']);
  });

  it('draws a gap (null) where the child was absent, and zeros where present but quiet', () => {
    const s = trendSeries(GROUP, 'turns', ['amy', 'cat', 'dan'], USED);
    expect(s.sessions).toEqual([1, 2]);
    expect(s.lines).toEqual([
      { childId: 'amy', values: [1, 0] },
      { childId: 'cat', values: [2, null] },
      { childId: 'dan', values: [null, null] },
    ]);
    expect(s.unit).toBe('count');
  });

  it('shows talk time in minutes and check-ins as scores on the instrument range', () => {
    expect(trendSeries(GROUP, 'airtime', ['amy'], USED).lines[0]!.values).toEqual([1, 0]);
    const rses = trendSeries(GROUP, 'instrument:rses', ['amy', 'ben'], USED);
    expect([rses.unit, rses.min, rses.max]).toEqual(['score', 0, 30]);
    expect(rses.lines.map((l) => l.values)).toEqual([
      [18, 22],
      [null, 20],
    ]);
  });
});

describe('equality and sociogram', () => {
  it('takes G*, entropy and the reading from each session, with who was there', () => {
    const points = equalitySeries(GROUP);
    expect(points.map((p) => [p.session, p.turns, p.present, p.enrolled])).toEqual([
      [1, 5, 3, 4],
      [2, 0, 2, 4],
    ]);
    expect(points[0]!.giniNormalized).toBeCloseTo(GROUP.sessions[0]!.metrics.group.giniNormalized!, 12);
    expect(points[1]!.giniNormalized).toBeNull();
    expect(points[1]!.reading.code).toBe('no-turns');
  });

  it('puts every child on the circle in roster order, first at the top, with weighted mutual edges', () => {
    const g = graphLayout(GROUP.sessions[0]!.metrics.group.starPasses, ENROLLED);
    expect(g.nodes.map((n) => [n.childId, n.x, n.y])).toEqual([
      ['amy', 0, -1],
      ['ben', 1, 0],
      ['cat', 0, 1],
      ['dan', -1, 0],
    ]);
    expect(g.edges).toEqual([
      { from: 'ben', to: 'cat', weight: 2, mutual: true },
      { from: 'cat', to: 'ben', weight: 1, mutual: true },
    ]);
    expect(g.maxWeight).toBe(2);
    expect(g.nodes.find((n) => n.childId === 'ben')).toMatchObject({ given: 2, received: 1 });
  });

  it('leaves out edges to children not drawn, and draws an empty circle without a sociogram', () => {
    const g = graphLayout(GROUP.sessions[0]!.metrics.group.starPasses, ['ben', 'amy']);
    expect(g.edges).toEqual([]);
    expect(graphLayout(null, ['amy']).nodes).toEqual([{ childId: 'amy', x: 0, y: -1, given: 0, received: 0 }]);
  });
});

describe('observation tables for the report', () => {
  it('counts tags per child and per session, only the tags used, positive first', () => {
    const perChild = tagsPerChild(GROUP);
    expect(perChild.tags).toEqual(['helped-peer', 'spoke-clearly', 'withdrew']);
    expect(perChild.rows.map((r) => [r.key, r.counts, r.total])).toEqual([
      ['amy', [0, 0, 0], 0],
      ['ben', [0, 1, 1], 2],
      ['cat', [1, 0, 0], 1],
      ['dan', [0, 0, 0], 0],
    ]);
    const perSession = tagsPerSession(GROUP);
    expect(perSession.rows.map((r) => [r.key, r.counts, r.total])).toEqual([
      ['1', [1, 0, 1], 2],
      ['2', [0, 1, 0], 1],
    ]);
  });
});
