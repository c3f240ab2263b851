// Metrics from fixtures built with the activities' own typed event constructors; expected values by hand from MEASURES §2.
import type * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { buildTogetherEvent } from '../../shared/activities/build-together';
import { checkinEvent } from '../../shared/activities/checkin';
import { passStarEvent } from '../../shared/activities/pass-star';
import { ACTIVITIES, activityOfEventType, parseActivityEvent, type ActivityEventBody } from '../../shared/activities/registry';
import { spotlightEvent } from '../../shared/activities/spotlight';
import { strengthGardenEvent } from '../../shared/activities/strength-garden';
import { participation, type MetricEvent } from '../../shared/metrics';
import { CHECKIN_REST } from '../support/event-fixtures';

type Row = [at: number, event: ActivityEventBody | { type: string; payload: unknown }];
const log = (rows: Row[]): MetricEvent[] => rows.map(([at, e], i) => ({ seq: i + 1, type: e.type, payload: e.payload, at }));
const core = (type: string, payload: unknown) => ({ type, payload });
const roster = ['amy', 'ben', 'cat', 'dan'].map((childId) => ({ childId, nickname: childId, avatar: 'fox' }));
const round = (number: number, activity: string) => core('round.started', { number, activity, settings: {}, planIndex: null, history: {} });
const ended = core('round.ended', { reason: 'staff' });

// amy, ben and cat take part in four rounds; dan is enrolled and never comes.
const SESSION = log([
  [0, core('session.started', { groupId: 'g', groupName: 'G', language: 'en', ageBand: '7-12', autoApprove: true, roster })],
  [100, round(1, 'spotlight')],
  [1000, spotlightEvent('spotlight.offered', { childId: 'amy', card: 'pet', by: 'scheduler' })],
  [3000, spotlightEvent('spotlight.started', { childId: 'amy', latencyMs: 2000 })],
  [33000, spotlightEvent('spotlight.ended', { childId: 'amy', durationMs: 30000, by: 'child' })],
  [34000, spotlightEvent('spotlight.offered', { childId: 'ben', card: 'food', by: 'scheduler' })],
  [35000, spotlightEvent('spotlight.passed', { childId: 'ben', latencyMs: 1000, by: 'child' })],
  [36000, spotlightEvent('spotlight.offered', { childId: 'cat', card: 'game', by: 'scheduler' })],
  [40000, spotlightEvent('spotlight.started', { childId: 'cat', latencyMs: 4000 })],
  [52000, spotlightEvent('spotlight.ended', { childId: 'cat', durationMs: 12000, by: 'staff' })],
  [53000, ended],
  [60000, round(2, 'pass-star')],
  [60000, passStarEvent('star.given', { to: 'ben', by: 'random', heldMs: null, from: null })],
  [65000, passStarEvent('star.passed', { from: 'ben', to: 'amy', heldMs: 5000 })],
  [72000, passStarEvent('star.passed', { from: 'amy', to: 'cat', heldMs: 7000 })],
  // The facilitator gives the star to amy while cat holds it: cat's hold ends, but it is no pass between children.
  [74000, passStarEvent('star.given', { to: 'amy', by: 'staff', heldMs: 2000, from: 'cat' })],
  [78000, passStarEvent('star.kept', { holder: 'amy', heldMs: 4000 })],
  [78000, ended],
  [80000, round(3, 'build-together')],
  [80000, buildTogetherEvent('build.dealt', { hands: { amy: ['p1'], ben: ['p2'], cat: ['p3'] }, reason: 'start' })],
  [81000, buildTogetherEvent('build.turn-offered', { childId: 'cat' })],
  [87000, buildTogetherEvent('build.placed', { childId: 'cat', pieceId: 'p3', slotId: 's3', latencyMs: 6000 })],
  [88000, buildTogetherEvent('build.help-asked', { childId: 'ben', pieceId: 'p2' })],
  [89000, buildTogetherEvent('build.help-given', { from: 'amy', to: 'ben', pieceId: 'p2' })],
  [90000, buildTogetherEvent('build.help-given', { from: 'cat', to: 'ben', pieceId: 'p2' })],
  // Not offered (free mode): a turn without a latency sample.
  [95000, buildTogetherEvent('build.placed', { childId: 'ben', pieceId: 'p2', slotId: 's2', latencyMs: null })],
  [96000, ended],
  [100000, round(4, 'strength-garden')],
  [101000, strengthGardenEvent('garden.self-picked', { childId: 'amy', card: 'kind' })],
  [102000, strengthGardenEvent('garden.self-picked', { childId: 'amy', card: 'brave' })],
  [103000, strengthGardenEvent('garden.self-unpicked', { childId: 'amy', card: 'kind' })],
  [104000, strengthGardenEvent('garden.self-picked', { childId: 'ben', card: 'calm' })],
  [105000, strengthGardenEvent('garden.phase', { phase: 'give' })],
  [106000, strengthGardenEvent('garden.given', { from: 'amy', to: 'ben', card: 'funny' })],
  [107000, strengthGardenEvent('garden.given', { from: 'cat', to: 'ben', card: 'kind' })],
  [108000, strengthGardenEvent('garden.given', { from: 'ben', to: 'amy', card: 'brave' })],
  [109000, ended],
  [110000, round(5, 'checkin')],
  [111000, checkinEvent('checkin.response', { ...CHECKIN_REST, childId: 'amy', status: 'finished' })],
  [111000, checkinEvent('checkin.response', { ...CHECKIN_REST, childId: 'ben', status: 'declined' })],
  [111000, checkinEvent('checkin.response', { ...CHECKIN_REST, childId: 'cat', status: 'partial' })],
  [112000, ended],
  [113000, core('session.ended', { reason: 'staff' })],
]);

describe('participation from typed fixtures (MEASURES §2, values by hand)', () => {
  const p = participation(SESSION);
  const row = (id: string) => p.children.find((c) => c.childId === id)!;

  it('turns: Spotlight presentations and passes, star holds, placed pieces', () => {
    // amy: 1 presentation + 2 holds (passed to, given to); ben: 1 pass + 1 hold + 1 piece; cat: 1 presentation + 1 hold + 1 piece.
    const turns = (id: string) => [row(id).presentations, row(id).passes, row(id).starHolds, row(id).piecesPlaced, row(id).turns];
    expect(turns('amy')).toEqual([1, 0, 2, 0, 3]);
    expect(turns('ben')).toEqual([0, 1, 1, 1, 3]);
    expect(turns('cat')).toEqual([1, 0, 1, 1, 3]);
    expect(turns('dan')).toEqual([0, 0, 0, 0, 0]);
    expect(p.group.turns).toBe(9);
    // Counts 3,3,3,0: Σ|xi−xj| = 18, G = 18 / (2·16·2.25) = 0.25, G* = 0.25·4/3.
    expect(p.group.gini).toBeCloseTo(0.25, 10);
    expect(p.group.giniNormalized).toBeCloseTo(1 / 3, 10);
  });

  it('airtime = presenting time; holding time from each hold’s end', () => {
    expect([row('amy').airtimeMs, row('amy').presentingMs, row('cat').airtimeMs, row('ben').airtimeMs]).toEqual([30000, 30000, 12000, 0]);
    // amy: 7000 (passed on to cat) + 4000 (kept at the end); ben: 5000; cat: 2000 (taken by the facilitator's give).
    expect([row('amy').holdingMs, row('ben').holdingMs, row('cat').holdingMs, row('dan').holdingMs]).toEqual([11000, 5000, 2000, 0]);
  });

  it('latency: offer → child acting; a placed piece without an offer is no sample', () => {
    expect([row('amy').medianLatencyMs, row('amy').latencySamples]).toEqual([2000, 1]);
    expect([row('ben').medianLatencyMs, row('ben').latencySamples]).toEqual([1000, 1]);
    // Spotlight 4000 and Build Together 87000 − 81000 = 6000: median 5000.
    expect([row('cat').medianLatencyMs, row('cat').latencySamples]).toEqual([5000, 2]);
  });

  it('star passes (a give is not a pass), help, cards, check-ins', () => {
    const of = (id: string) => {
      const r = row(id);
      return [
        r.starPassesGiven,
        r.starPassesReceived,
        r.helpAsked,
        r.helpGiven,
        r.helpReceived,
        r.cardsSelfPicked,
        r.cardsGiven,
        r.cardsReceived,
        r.checkinsFinished,
        r.checkinsDeclined,
      ];
    };
    expect(of('amy')).toEqual([1, 1, 0, 1, 0, 1, 1, 1, 1, 0]);
    expect(of('ben')).toEqual([1, 0, 1, 0, 2, 1, 1, 2, 0, 1]);
    expect(of('cat')).toEqual([0, 1, 0, 1, 0, 0, 1, 0, 0, 0]);
    expect(p.group.starPasses.edges).toEqual([
      { from: 'amy', to: 'cat', weight: 1 },
      { from: 'ben', to: 'amy', weight: 1 },
    ]);
    expect(p.group.cardsGiven.edges).toEqual([
      { from: 'amy', to: 'ben', weight: 1 },
      { from: 'ben', to: 'amy', weight: 1 },
      { from: 'cat', to: 'ben', weight: 1 },
    ]);
  });

  it('who-follows-whom: chains within a round, and the star pass itself', () => {
    // Spotlight amy → ben → cat; star passes ben → amy, amy → cat; Build Together cat → ben.
    expect(p.group.follows).toEqual({ amy: { ben: 1, cat: 1 }, ben: { cat: 1, amy: 1 }, cat: { ben: 1 } });
  });
});

/** Every payload field the metrics read, per event type (the activities' participation.ts declarations). */
const METRIC_FIELDS: Record<string, string[]> = {
  'spotlight.started': ['childId', 'latencyMs'],
  'spotlight.passed': ['childId', 'latencyMs', 'by'],
  'spotlight.ended': ['childId', 'durationMs'],
  'star.given': ['to', 'from', 'heldMs'],
  'star.passed': ['from', 'to', 'heldMs'],
  'star.kept': ['holder', 'heldMs'],
  'build.turn-offered': ['childId'],
  'build.placed': ['childId'],
  'build.help-asked': ['childId'],
  'build.help-given': ['from', 'to'],
  'garden.self-picked': ['childId'],
  'garden.self-unpicked': ['childId'],
  'garden.given': ['from', 'to'],
  'checkin.response': ['childId', 'status'],
};

describe('an event that loses a field the metrics use', () => {
  const without = (drop: number) => SESSION.filter((_, i) => i !== drop);

  it.each(Object.entries(METRIC_FIELDS))('%s: each field read is declared, required, and without it the event is not counted', (type, fields) => {
    const schema = (ACTIVITIES[activityOfEventType(type)!].events as unknown as Record<string, v.ObjectSchema<v.ObjectEntries, undefined>>)[type]!;
    // A field the metrics read must stay in the declaration (else it would read nothing, silently).
    for (const f of fields) expect(Object.keys(schema.entries), `${type}.${f}`).toContain(f);
    const at = SESSION.findIndex((e) => e.type === type);
    expect(at, type).toBeGreaterThan(-1);
    // The event as logged counts: leaving it out changes the metrics (so "not counted" below can be told apart).
    expect(participation(without(at)), type).not.toEqual(participation(SESSION));
    for (const f of fields) {
      const { [f]: _gone, ...rest } = SESSION[at]!.payload as Record<string, unknown>;
      expect(parseActivityEvent(type, rest), `${type} without ${f}`).toBeNull();
      const broken = SESSION.map((e, i) => (i === at ? { ...e, payload: rest } : e));
      expect(participation(broken), `${type} without ${f}`).toEqual(participation(without(at)));
    }
  });
});
