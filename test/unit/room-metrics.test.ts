// Live metrics from a room: staff clients hear the shared metrics of the committed log; screens and tablets never do.
import { describe, expect, it } from 'vitest';
import { participation } from '../../shared/metrics';
import { harness } from '../support/activity-harness';

describe('room metrics', () => {
  it('sends staff the participation of the committed log within a second, and nothing to screens or tablets', async () => {
    const h = await harness(3);
    await h.staff({ type: 'round.start', activity: 'pass-star', settings: { firstHolder: 'facilitator', everyoneOnce: false } });
    await h.staff({ type: 'star.give', to: 'k1' });
    await h.child(0, { type: 'star.pass', to: 'k2' });
    await h.child(2, { type: 'reaction', kind: 'clap' });
    const events = await h.events();
    const last = events.at(-1)!.seq;
    await expect.poll(() => h.console.metrics.at(-1)?.version, { timeout: 1000, interval: 20 }).toBe(last);
    expect(h.console.metrics.at(-1)!.metrics).toEqual(participation(events));
    const rows = Object.fromEntries(h.console.metrics.at(-1)!.metrics.children.map((c) => [c.childId, c]));
    expect(rows.k1).toMatchObject({ starHolds: 1, starPassesGiven: 1 });
    expect(rows.k3).toMatchObject({ turns: 0, reactionsGiven: 1 });
    expect(h.screen.metrics).toEqual([]);
    for (const t of h.tablets) expect(t.metrics).toEqual([]);
  });

  it("carries each commit's numbers in that commit's staff batch, never in a screen's or a tablet's", async () => {
    const h = await harness(3);
    await h.child(0, { type: 'wave' });
    await h.child(1, { type: 'reaction', kind: 'clap' });
    await h.child(2, { type: 'wave' });
    await expect.poll(() => h.console.batches.at(-1)?.toSeq, { timeout: 1000, interval: 5 }).toBe(h.room.version);
    // The console's first batch holds the whole snapshot; every later batch with events, what changed up to its toSeq.
    const [first, ...later] = h.console.batches;
    expect(first?.metrics && 'metrics' in first.metrics).toBe(true);
    const live = later.filter((b) => b.events.length > 0);
    expect(live.length).toBeGreaterThanOrEqual(3);
    for (const b of live) expect(b.metrics && 'delta' in b.metrics ? b.metrics.version : undefined).toBe(b.toSeq);
    // No separate metrics message any more: one message per commit for a console.
    expect(h.console.metricsWire.length).toBe(h.console.batches.filter((b) => b.metrics).length);
    for (const c of [h.screen, ...h.tablets]) expect(c.batches.filter((b) => b.metrics !== undefined)).toEqual([]);
  });
});
