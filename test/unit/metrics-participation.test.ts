// Per-child and per-group participation from hand-written session logs: session, round and programme scopes.
import { describe, expect, it } from 'vitest';
import { participation, type ChildParticipation, type MetricEvent } from '../../shared/metrics';
import { CHECKIN_REST } from '../support/event-fixtures';

const roster = (...ids: string[]) => ids.map((childId) => ({ childId, nickname: childId, avatar: 'fox' }));

/** Builds a log from [at, type, payload] rows, numbering seq from 1. */
function log(rows: [number, string, unknown][]): MetricEvent[] {
  return rows.map(([at, type, payload], i) => ({ seq: i + 1, type, payload, at }));
}

// Spotlight with a child's pass and a staff skip, then Pass the Star; reactions, a wave, a tag and an undone tag.
// dan is enrolled but never came; eve came (after a roster sync) and did nothing.
const SESSION = log([
  [1000, 'session.started', { groupId: 'g', groupName: 'G', language: 'en', ageBand: '7-12', autoApprove: true, roster: roster('amy', 'ben', 'cat', 'dan') }],
  [1100, 'seat.granted', { childId: 'amy', deviceHash: 'd1', by: 'auto' }],
  [1200, 'seat.granted', { childId: 'ben', deviceHash: 'd2', by: 'auto' }],
  [1300, 'seat.granted', { childId: 'cat', deviceHash: 'd3', by: 'auto' }],
  [1400, 'roster.synced', { roster: roster('amy', 'ben', 'cat', 'dan', 'eve') }],
  [1500, 'seat.granted', { childId: 'eve', deviceHash: 'd5', by: 'staff' }],
  [2000, 'round.started', { number: 1, activity: 'spotlight', settings: {}, planIndex: null, history: {} }],
  [2100, 'spotlight.offered', { childId: 'amy', card: 'pet', by: 'scheduler' }],
  [5100, 'spotlight.started', { childId: 'amy', latencyMs: 3000 }],
  [6000, 'reaction.sent', { childId: 'ben', kind: 'clap', to: 'amy' }],
  [6500, 'reaction.sent', { childId: 'cat', kind: 'heart', to: 'amy' }],
  [25100, 'spotlight.ended', { childId: 'amy', durationMs: 20000, by: 'child' }],
  [26000, 'spotlight.offered', { childId: 'ben', card: 'food', by: 'scheduler' }],
  [30000, 'spotlight.passed', { childId: 'ben', latencyMs: 4000, by: 'child' }],
  [31000, 'spotlight.offered', { childId: 'cat', card: 'game', by: 'staff' }],
  [32000, 'spotlight.started', { childId: 'cat', latencyMs: 1000 }],
  [42000, 'spotlight.ended', { childId: 'cat', durationMs: 10000, by: 'child' }],
  [43000, 'spotlight.offered', { childId: 'amy', card: 'song', by: 'scheduler' }],
  // A staff skip: a turn and a pass, but not the child acting, so no latency sample.
  [103000, 'spotlight.passed', { childId: 'amy', latencyMs: 60000, by: 'staff' }],
  [103500, 'round.ended', { reason: 'staff' }],
  [110000, 'round.started', { number: 2, activity: 'pass-star', settings: {}, planIndex: null, history: {} }],
  [111000, 'star.given', { to: 'ben', by: 'staff', heldMs: null, from: null }],
  [115000, 'star.passed', { from: 'ben', to: 'cat', heldMs: 4000 }],
  [116000, 'wave.sent', { childId: 'amy' }],
  [118000, 'star.passed', { from: 'cat', to: 'ben', heldMs: 3000 }],
  [119000, 'observation.tagged', { id: 't1', childId: 'cat', tag: 'helped-peer' }],
  [119500, 'observation.tagged', { id: 't2', childId: 'cat', tag: 'tension', note: 'mis-tap' }],
  [120000, 'observation.undone', { id: 't2' }],
  [120000, 'star.kept', { holder: 'ben', heldMs: 2000 }],
  [120000, 'round.ended', { reason: 'staff' }],
  [121000, 'session.ended', { reason: 'staff' }],
]);

const ZERO: Omit<ChildParticipation, 'childId' | 'attendance' | 'share'> = {
  turns: 0,
  presentations: 0,
  passes: 0,
  starHolds: 0,
  piecesPlaced: 0,
  airtimeMs: 0,
  presentingMs: 0,
  holdingMs: 0,
  medianLatencyMs: null,
  latencySamples: 0,
  starPassesGiven: 0,
  starPassesReceived: 0,
  reactionsGiven: 0,
  reactionsReceived: 0,
  waves: 0,
  helpAsked: 0,
  helpGiven: 0,
  helpReceived: 0,
  cardsGiven: 0,
  cardsReceived: 0,
  cardsSelfPicked: 0,
  checkinsFinished: 0,
  checkinsDeclined: 0,
  observations: {
    'helped-peer': 0,
    encouraged: 0,
    'spoke-clearly': 0,
    'shared-idea': 0,
    'asked-question': 0,
    'joined-in': 0,
    'calmed-down': 0,
    'spoke-with-peer': 0,
    'understood-other': 0,
    'screen-plan': 0,
    tension: 0,
    withdrew: 0,
    disagreed: 0,
  },
};

const row = (childId: string, attendance: number, share: number | null, over: Partial<ChildParticipation> = {}): ChildParticipation => ({
  ...ZERO,
  childId,
  attendance,
  share,
  ...over,
  observations: { ...ZERO.observations, ...(over.observations ?? {}) },
});

describe('participation of a session', () => {
  const p = participation(SESSION);

  it('has a row for every enrolled child, zeros included', () => {
    expect(p.children.map((c) => c.childId)).toEqual(['amy', 'ben', 'cat', 'dan', 'eve']);
    expect(p.children).toEqual([
      row('amy', 1, 2 / 7, {
        turns: 2,
        presentations: 1,
        passes: 1,
        airtimeMs: 20000,
        presentingMs: 20000,
        medianLatencyMs: 3000,
        latencySamples: 1,
        reactionsReceived: 2,
        waves: 1,
      }),
      row('ben', 1, 3 / 7, {
        turns: 3,
        passes: 1,
        starHolds: 2,
        holdingMs: 6000,
        medianLatencyMs: 4000,
        latencySamples: 1,
        starPassesGiven: 1,
        starPassesReceived: 1,
        reactionsGiven: 1,
      }),
      row('cat', 1, 2 / 7, {
        turns: 2,
        presentations: 1,
        starHolds: 1,
        airtimeMs: 10000,
        presentingMs: 10000,
        holdingMs: 3000,
        medianLatencyMs: 1000,
        latencySamples: 1,
        starPassesGiven: 1,
        starPassesReceived: 1,
        reactionsGiven: 1,
        observations: { ...ZERO.observations, 'helped-peer': 1 },
      }),
      row('dan', 0, 0),
      row('eve', 1, 0),
    ]);
  });

  it('airtime is Spotlight presenting only (MEASURES §2); holding the star is a measure of its own', () => {
    // By hand from the log above: amy presented 25100 − 5100 = 20000 ms; cat 42000 − 32000 = 10000 ms; ben passed.
    // Star holds, ended by the next event: ben 111000 → 115000 (4000) and 118000 → 120000 (2000); cat 115000 → 118000.
    const ms = (id: string) => {
      const c = p.children.find((x) => x.childId === id)!;
      return [c.airtimeMs, c.holdingMs];
    };
    expect(ms('amy')).toEqual([20000, 0]);
    expect(ms('ben')).toEqual([0, 6000]);
    expect(ms('cat')).toEqual([10000, 3000]);
  });

  it('group: equality of 2,3,2,0,0, follows, star sociogram, quiet children', () => {
    const g = p.group;
    expect(g.sessions).toBe(1);
    expect(g.turns).toBe(7);
    // Sorted 0,0,2,2,3: Σ(2i − k − 1)x = 0·2 + 2·2 + 4·3 = 16, G = 16/(5·7).
    expect(g.gini).toBeCloseTo(16 / 35, 12);
    expect(g.giniNormalized).toBeCloseTo(16 / 28, 12);
    const ps = [2 / 7, 3 / 7, 2 / 7];
    expect(g.entropy).toBeCloseTo(-ps.reduce((s, x) => s + x * Math.log(x), 0) / Math.log(5), 12);
    // x̄ = 1.4, deviations 0.6, 1.6, 0.6, −1.4, −1.4: σ = √(7.2/5) = 1.2, CV = 6/7.
    expect(g.cv).toBeCloseTo(6 / 7, 12);
    expect(g.reading).toEqual({ code: 'few-dominate', holders: 2 });
    // Spotlight amy → ben → cat → amy (consecutive turns); Pass the Star ben → cat → ben (the passes).
    expect(g.follows).toEqual({ amy: { ben: 1 }, ben: { cat: 2 }, cat: { amy: 1, ben: 1 } });
    expect(g.starPasses.edges).toEqual([
      { from: 'ben', to: 'cat', weight: 1 },
      { from: 'cat', to: 'ben', weight: 1 },
    ]);
    expect(g.starPasses.reciprocated).toEqual([{ a: 'ben', b: 'cat', ab: 1, ba: 1 }]);
    expect(g.starPasses.nodes.map((n) => [n.childId, n.inDegree, n.outDegree])).toEqual([
      ['amy', 0, 0],
      ['ben', 1, 1],
      ['cat', 1, 1],
      ['dan', 0, 0],
      ['eve', 0, 0],
    ]);
    expect(g.cardsGiven.edges).toEqual([]);
    // Ended: present = who attended; eve (0 of 7) is below half an equal share (1/8); dan never came.
    expect(g.live).toBe(false);
    expect(g.present).toEqual(['amy', 'ben', 'cat', 'eve']);
    expect(g.quiet).toEqual([{ childId: 'eve', reasons: ['low-share'], share: 0, turnsSinceLast: 7 }]);
  });

  it('adds enrolled children from the roster argument', () => {
    const q = participation(SESSION, ['zoe', { childId: 'amy' }]);
    expect(q.group.enrolled).toEqual(['zoe', 'amy', 'ben', 'cat', 'dan', 'eve']);
    expect(q.children[0]).toEqual(row('zoe', 0, 0));
    expect(q.group.giniNormalized).not.toBeCloseTo(p.group.giniNormalized!, 3);
  });
});

describe('participation of one round', () => {
  it('round 1 (Spotlight) only', () => {
    const p = participation(SESSION, [], { round: 1 });
    expect(p.children.map((c) => [c.childId, c.turns, c.attendance, c.reactionsReceived, c.waves, c.observations['helped-peer']])).toEqual([
      ['amy', 2, 1, 2, 0, 0],
      ['ben', 1, 1, 0, 0, 0],
      ['cat', 1, 1, 0, 0, 0],
      ['dan', 0, 0, 0, 0, 0],
      ['eve', 0, 1, 0, 0, 0],
    ]);
    expect(p.group.follows).toEqual({ amy: { ben: 1 }, ben: { cat: 1 }, cat: { amy: 1 } });
    expect(p.group.live).toBe(false);
  });

  it('round 2 (Pass the Star): holds, held time, the tag that was not undone', () => {
    const p = participation(SESSION, [], { round: 2 });
    const by = Object.fromEntries(p.children.map((c) => [c.childId, c]));
    expect([by.ben!.turns, by.ben!.holdingMs, by.cat!.turns, by.cat!.holdingMs, by.amy!.turns, by.amy!.waves]).toEqual([2, 6000, 1, 3000, 0, 1]);
    expect(by.cat!.observations).toMatchObject({ 'helped-peer': 1, tension: 0 });
    expect(p.group.follows).toEqual({ ben: { cat: 1 }, cat: { ben: 1 } });
  });

  it('a round that has not happened is empty, not an error', () => {
    const p = participation(SESSION, [], { round: 9 });
    expect(p.group.turns).toBe(0);
    expect(p.group.reading).toEqual({ code: 'no-turns', holders: 0 });
    expect([p.group.gini, p.group.giniNormalized, p.group.entropy, p.group.cv]).toEqual([null, null, null, null]);
    expect(p.children.every((c) => c.attendance === 0 && c.share === null)).toBe(true);
  });
});

describe('participation of a programme', () => {
  it('sums sessions, counts attendance in sessions, and never follows across sessions', () => {
    const p = participation([SESSION, SESSION]);
    expect(p.group.sessions).toBe(2);
    expect(p.children.map((c) => [c.childId, c.turns, c.attendance])).toEqual([
      ['amy', 4, 2],
      ['ben', 6, 2],
      ['cat', 4, 2],
      ['dan', 0, 0],
      ['eve', 0, 2],
    ]);
    // The last turn of session 1 (a star hold) is no follow into session 2's first turn.
    expect(p.group.follows).toEqual({ amy: { ben: 2 }, ben: { cat: 4 }, cat: { amy: 2, ben: 2 } });
    expect(p.children[0]!.medianLatencyMs).toBe(3000);
    // One flat list with two session.started events is the same programme.
    expect(participation([...SESSION, ...SESSION])).toEqual(p);
  });

  it('counts a session without session.started as its own session when given as a list', () => {
    const a = log([[1, 'seat.granted', { childId: 'x', deviceHash: 'd', by: 'auto' }]]);
    expect(participation([a, a], ['x']).children[0]!.attendance).toBe(2);
    expect(participation([], ['x']).group.sessions).toBe(0);
  });
});

describe('activities still to come, check-ins, noise', () => {
  const rows: [number, string, unknown][] = [
    [0, 'session.started', { roster: roster('a', 'b', 'c') }],
    [10, 'seat.granted', { childId: 'a', deviceHash: 'x', by: 'auto' }],
    [20, 'seat.granted', { childId: 'b', deviceHash: 'y', by: 'auto' }],
    [30, 'round.started', { number: 1, activity: 'build', settings: {}, planIndex: null, history: {} }],
    [1000, 'build.turn-offered', { childId: 'a' }],
    [4000, 'build.placed', { childId: 'a', pieceId: 'p1', slotId: 's1', latencyMs: null }],
    [5000, 'build.placed', { childId: 'a', pieceId: 'p2', slotId: 's2', latencyMs: null }],
    [6000, 'build.turn-offered', { childId: 'b' }],
    [6500, 'build.help-asked', { childId: 'b', pieceId: 'p3' }],
    [7000, 'build.help-given', { from: 'a', to: 'b', pieceId: 'p3' }],
    [16000, 'build.placed', { childId: 'b', pieceId: 'p3', slotId: 's3', latencyMs: null }],
    [17000, 'build.turn-offered', { childId: 'a' }],
    [18000, 'round.ended', { reason: 'staff' }],
    // The offer lapsed with the round: this piece has no latency.
    [19000, 'round.started', { number: 2, activity: 'garden', settings: {}, planIndex: null, history: {} }],
    [19500, 'build.placed', { childId: 'a', pieceId: 'p4', slotId: 's4', latencyMs: null }],
    [20000, 'garden.self-picked', { childId: 'a', card: 'kind' }],
    [20100, 'garden.self-picked', { childId: 'a', card: 'brave' }],
    [20200, 'garden.self-unpicked', { childId: 'a', card: 'brave' }],
    [20300, 'garden.self-unpicked', { childId: 'c', card: 'brave' }],
    [21000, 'garden.given', { from: 'a', to: 'b', card: 'funny' }],
    [22000, 'garden.given', { from: 'b', to: 'a', card: 'kind' }],
    [23000, 'garden.given', { from: 'b', to: 'a', card: 'calm' }],
    [24000, 'round.ended', { reason: 'staff' }],
    [25000, 'checkin.response', { ...CHECKIN_REST, childId: 'a', status: 'finished' }],
    [25000, 'checkin.response', { ...CHECKIN_REST, childId: 'b', status: 'declined' }],
    [25000, 'checkin.response', { ...CHECKIN_REST, childId: 'c', status: 'no-answer' }],
    [26000, 'mystery.happened', { childId: 'a' }],
    [26000, 'spotlight.started', null],
    [26000, 'star.passed', { from: 'a' }],
    [26000, 'spotlight.ended', { childId: 'a', durationMs: Number.NaN }],
    [26000, 'observation.tagged', { id: 'o1', childId: 'b', tag: 'not-a-tag' }],
    [26000, 'observation.undone', { id: 'never' }],
  ];
  const p = participation(log(rows));
  const by = Object.fromEntries(p.children.map((c) => [c.childId, c]));

  it('Build Together: pieces are turns; latency from the offer to that child placing', () => {
    expect([by.a!.piecesPlaced, by.a!.turns, by.a!.medianLatencyMs, by.a!.latencySamples]).toEqual([3, 3, 3000, 1]);
    expect([by.b!.piecesPlaced, by.b!.medianLatencyMs, by.b!.helpAsked, by.b!.helpReceived, by.a!.helpGiven]).toEqual([1, 10000, 1, 1, 1]);
    // Round 1: a, a (merged), b. The piece in round 2 starts a new chain.
    expect(p.group.follows).toEqual({ a: { b: 1 } });
  });

  it('Strength Garden: cards kept, given and received; the card sociogram', () => {
    expect([by.a!.cardsSelfPicked, by.a!.cardsGiven, by.a!.cardsReceived, by.c!.cardsSelfPicked]).toEqual([1, 1, 2, 0]);
    expect(p.group.cardsGiven.edges).toEqual([
      { from: 'a', to: 'b', weight: 1 },
      { from: 'b', to: 'a', weight: 2 },
    ]);
    expect(p.group.cardsGiven.reciprocated).toEqual([{ a: 'a', b: 'b', ab: 1, ba: 2 }]);
    expect(p.group.cardsGiven.nodes[0]).toEqual({ childId: 'a', inDegree: 1, outDegree: 1, weightedInDegree: 2, weightedOutDegree: 1 });
  });

  it('check-ins finished / declined; malformed and unknown events change nothing', () => {
    expect([by.a!.checkinsFinished, by.b!.checkinsDeclined, by.c!.checkinsFinished, by.c!.checkinsDeclined]).toEqual([1, 1, 0, 0]);
    expect(by.a!.presentingMs).toBe(0);
    expect(by.b!.observations).toEqual(ZERO.observations);
    expect(p.group.turns).toBe(4);
  });

  it('live: present = seated and connected now; quiet children among them', () => {
    expect(p.group.live).toBe(true);
    expect(p.group.present).toEqual(['a', 'b']);
    const gone = participation(log([...rows, [27000, 'presence.changed', { childId: 'b', connected: false }]]));
    expect(gone.group.present).toEqual(['a']);
    expect(participation(log(rows), [], { present: ['c', 'b'] }).group.present).toEqual(['b', 'c']);
    // b has 1 of 4 turns = 0.25, not below 0.5/2; c is not present; b had none of the last N = 4 turns? b's
    // turn was the 3rd of 4, so 1 turn ago: nobody is quiet.
    expect(p.group.quiet).toEqual([]);
    const q = participation(log(rows), [], { quiet: { window: 1 } }).group.quiet;
    expect(q).toEqual([{ childId: 'b', reasons: ['no-recent-turn'], share: 0.25, turnsSinceLast: 1 }]);
  });
});
