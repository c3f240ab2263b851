// The incremental accumulator against full recomputation and a naive reference, over long seeded event streams.
import { describe, expect, it } from 'vitest';
import { followCounts, median, MetricsAccumulator, participation, type MetricEvent, type Participation } from '../../shared/metrics';
import { metricStream } from './metrics-stream';

/** A deliberately plain second reading of the turn rules, only for checking (the product has one implementation). */
function naive(events: readonly MetricEvent[]) {
  const turns = new Map<string, number>();
  const airtime = new Map<string, number>();
  const holding = new Map<string, number>();
  const latencies = new Map<string, number[]>();
  const chains: string[][] = [[]];
  const passes: [string, string][] = [];
  let offers = new Map<string, number>();
  const add = (m: Map<string, number>, id: string, x: number) => m.set(id, (m.get(id) ?? 0) + x);
  const sample = (id: string, x: number) => latencies.set(id, [...(latencies.get(id) ?? []), x]);
  for (const e of events) {
    const p = (e.payload ?? {}) as Record<string, string | number | null | undefined>;
    const child = p.childId as string;
    switch (e.type) {
      case 'round.started':
      case 'round.ended':
        chains.push([]);
        offers = new Map();
        break;
      case 'spotlight.started':
      case 'spotlight.passed':
        add(turns, child, 1);
        chains.at(-1)!.push(child);
        if (e.type === 'spotlight.started' || p.by === 'child') sample(child, p.latencyMs as number);
        break;
      case 'spotlight.ended':
        add(airtime, child, p.durationMs as number);
        break;
      case 'build.turn-offered':
        offers.set(child, e.at);
        break;
      case 'build.placed':
        add(turns, child, 1);
        chains.at(-1)!.push(child);
        if (offers.has(child)) sample(child, e.at - offers.get(child)!);
        offers.delete(child);
        break;
      case 'star.given':
      case 'star.passed':
        add(turns, p.to as string, 1);
        if (p.from && typeof p.heldMs === 'number') add(holding, p.from as string, p.heldMs);
        if (e.type === 'star.passed') passes.push([p.from as string, p.to as string]);
        break;
      case 'star.kept':
        add(holding, p.holder as string, p.heldMs as number);
        break;
    }
  }
  const follows: Record<string, Record<string, number>> = {};
  const edges = [
    ...chains.flatMap((c) => Object.entries(followCounts(c)).flatMap(([a, row]) => Object.entries(row).map(([b, n]) => [a, b, n] as const))),
    ...passes.map(([a, b]) => [a, b, 1] as const),
  ];
  for (const [a, b, n] of edges) (follows[a] ??= {})[b] = (follows[a]?.[b] ?? 0) + n;
  return { turns, airtime, holding, latencies, follows };
}

describe('MetricsAccumulator', () => {
  it('snapshot() after each prefix equals participation(prefix), and earlier snapshots never change', () => {
    for (const seed of [1, 2, 3]) {
      const events = metricStream({ seed, events: 2500, end: seed === 3 });
      const acc = new MetricsAccumulator();
      const kept: [number, Participation, string][] = [];
      events.forEach((e, i) => {
        acc.add(e);
        if (i % 83 === 0 || i === events.length - 1) {
          const snap = acc.snapshot();
          expect(snap).toEqual(participation(events.slice(0, i + 1)));
          kept.push([i, snap, JSON.stringify(snap)]);
        }
      });
      for (const [, snap, json] of kept) expect(JSON.stringify(snap)).toBe(json);
      // Parts reused between snapshots are frozen, so no caller can change another's copy.
      const last = kept.at(-1)![1].group;
      expect([last.follows, last.starPasses.nodes[0], last.cardsGiven.edges].every((x) => Object.isFrozen(x))).toBe(true);
      expect(kept.at(-1)![1].group.turns).toBeGreaterThan(300);
    }
  });

  it('agrees in round scope and over a programme fed event by event', () => {
    const s1 = metricStream({ seed: 11, events: 1500, end: true });
    const s2 = metricStream({ seed: 12, events: 1500, end: true });
    for (const round of [1, 4, 7]) {
      const acc = new MetricsAccumulator([], { round });
      s1.forEach((e, i) => {
        acc.add(e);
        if (i % 97 === 0) expect(acc.snapshot()).toEqual(participation(s1.slice(0, i + 1), [], { round }));
      });
    }
    const acc = new MetricsAccumulator();
    [...s1, ...s2].forEach((e) => acc.add(e));
    expect(acc.snapshot()).toEqual(participation([s1, s2]));
    expect(acc.snapshot().group.sessions).toBe(2);
  });

  it('matches a naive reading of the turn rules on a long stream', () => {
    const events = metricStream({ seed: 5, events: 6000 });
    const p = participation(events);
    const ref = naive(events);
    expect(p.group.enrolled).toHaveLength(9);
    for (const c of p.children) {
      expect(c.turns).toBe(ref.turns.get(c.childId) ?? 0);
      expect(c.airtimeMs).toBe(ref.airtime.get(c.childId) ?? 0);
      expect(c.holdingMs).toBe(ref.holding.get(c.childId) ?? 0);
      expect(c.medianLatencyMs).toBe(median(ref.latencies.get(c.childId) ?? []));
    }
    expect(p.group.follows).toEqual(ref.follows);
    expect(p.group.turns).toBe([...ref.turns.values()].reduce((a, b) => a + b, 0));
    // The generator favours the first children, so the measures are far from trivial.
    expect(p.group.giniNormalized!).toBeGreaterThan(0.2);
    expect(p.group.giniNormalized!).toBeLessThan(0.9);
  });

  it('undo of a tag counts even when it comes after the tag’s round ended', () => {
    const tag = { seq: 3, type: 'observation.tagged', payload: { id: 'x', childId: 'a', tag: 'withdrew' }, at: 3 };
    const events: MetricEvent[] = [
      { seq: 1, type: 'session.started', payload: { roster: [{ childId: 'a' }] }, at: 1 },
      { seq: 2, type: 'round.started', payload: { number: 1 }, at: 2 },
      tag,
      { seq: 4, type: 'round.ended', payload: { reason: 'staff' }, at: 4 },
      { seq: 5, type: 'observation.undone', payload: { id: 'x' }, at: 5 },
      { seq: 6, type: 'observation.undone', payload: { id: 'x' }, at: 6 },
    ];
    expect(participation(events.slice(0, 4), [], { round: 1 }).children[0]!.observations.withdrew).toBe(1);
    expect(participation(events, [], { round: 1 }).children[0]!.observations.withdrew).toBe(0);
    // A repeated tag id does not count twice; a tag outside the round is not in the round.
    expect(participation([...events.slice(0, 3), tag]).children[0]!.observations.withdrew).toBe(1);
    expect(participation([events[0]!, tag, events[1]!], [], { round: 1 }).children[0]!.observations.withdrew).toBe(0);
  });
});
