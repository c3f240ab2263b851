// Live metrics as deltas: applying the delta between two snapshots to the first gives the second, and a wave's delta is small.
import { describe, expect, it } from 'vitest';
import { participation } from '../../shared/metrics';
import { applyMetricsDelta, isEmptyDelta, metricsDelta } from '../../shared/metrics/delta';
import { MetricsReceiver } from '../../shared/protocol/metrics-wire';
import { harness } from '../support/activity-harness';

describe('metrics deltas', () => {
  it('snapshot(i) plus the delta to snapshot(j) is snapshot(j), for every pair of prefixes of a played log', async () => {
    const h = await harness(4);
    await h.staff({ type: 'round.start', activity: 'pass-star', settings: { firstHolder: 'facilitator', everyoneOnce: false } });
    await h.staff({ type: 'star.give', to: 'k1' });
    for (const [from, to] of [
      [0, 'k2'],
      [1, 'k4'],
      [3, 'k1'],
    ] as const) {
      h.wait(1500);
      await h.child(from, { type: 'star.pass', to });
    }
    await h.child(2, { type: 'reaction', kind: 'clap' });
    await h.child(1, { type: 'wave' });
    await h.staff({ type: 'round.end' });
    const events = await h.events();
    const snapshots = events.map((_, i) => participation(events.slice(0, i + 1)));
    let compared = 0;
    for (let i = 0; i < snapshots.length; i++) {
      for (let j = i; j < snapshots.length; j++) {
        expect(applyMetricsDelta(snapshots[i]!, metricsDelta(snapshots[i]!, snapshots[j]!)), `${i} → ${j}`).toEqual(snapshots[j]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50);
    expect(isEmptyDelta(metricsDelta(snapshots.at(-1)!, snapshots.at(-1)!))).toBe(true);
  });

  it('a child added to the roster changes the order, and the delta carries it', () => {
    const before = participation([], ['a', 'b']);
    const after = participation([], ['a', 'c', 'b']);
    const delta = metricsDelta(before, after);
    expect(delta.order).toEqual(['a', 'c', 'b']);
    expect(delta.children.map((c) => c.childId)).toEqual(['c']);
    expect(applyMetricsDelta(before, delta)).toEqual(after);
  });

  it("a console hears a whole snapshot first, then deltas under a quarter of its size; the receiver rebuilds the room's numbers", async () => {
    const h = await harness(10);
    await h.staff({ type: 'round.start', activity: 'pass-star', settings: { firstHolder: 'facilitator', everyoneOnce: false } });
    await h.staff({ type: 'star.give', to: 'k1' });
    for (let i = 0; i < 12; i++) {
      h.wait(300);
      const r = await h.child(i % 10, { type: 'star.pass', to: `k${((i + 1) % 10) + 1}` });
      expect(r.ok).toBe(true);
      // Each pass is heard before the next (the room's clock moved past the coalescing window).
      await expect.poll(() => h.console.metrics.at(-1)?.version, { timeout: 1000, interval: 5 }).toBe(h.room.version);
    }
    const events = await h.events();
    await expect.poll(() => h.console.metrics.at(-1)?.version, { timeout: 1000, interval: 20 }).toBe(events.at(-1)!.seq);
    const wire = h.console.metricsWire;
    expect('metrics' in wire[0]!).toBe(true);
    const deltas = wire.slice(1);
    expect(deltas.length).toBeGreaterThan(5);
    expect(deltas.every((m) => 'delta' in m)).toBe(true);
    const whole = JSON.stringify(participation(events)).length;
    for (const m of deltas.slice(-5)) expect(JSON.stringify(m).length).toBeLessThan(whole / 4);
    // The same messages through a fresh receiver give the numbers of the log.
    const receiver = new MetricsReceiver();
    let last: ReturnType<MetricsReceiver['accept']>;
    for (const m of wire) last = receiver.accept(m);
    expect(last!.metrics).toEqual(participation(events));
    // A delta that does not follow what a receiver holds is not applied.
    expect(new MetricsReceiver().accept(deltas[0]!)).toBeUndefined();
  });
});
