// Spotlight through the activity harness: fair scheduler, shame-free pass, turns with server-time durations.
import { describe, expect, it } from 'vitest';
import type { SpotlightConsole, SpotlightScreen, SpotlightTablet } from '../../shared/activities/spotlight';
import { fairOrder } from '../../shared/activities/spotlight/scheduler';
import { initialSpotlight } from '../../shared/activities/spotlight/state';
import { harness } from '../support/activity-harness';

const settings = { deck: 'good-at' as const, allowAnotherCard: true, turnSeconds: 60 };
const sv = (h: Awaited<ReturnType<typeof harness>>) => h.consoleView().round!.view as SpotlightConsole;

describe('fair scheduler', () => {
  it('fewest presentations in the programme first, then longest since the last turn', () => {
    const state = { ...initialSpotlight(settings), turns: { a: { presentations: 1, passes: 0, lastTurnAt: 100, badges: 0 } } };
    const history = { b: { turns: 2, lastAt: 50 }, c: { turns: 0, lastAt: 10 }, d: { turns: 0, lastAt: null } };
    // d never had a turn, c had none presented (long ago), a has 1 (now), b has 2 (earlier sessions).
    expect(fairOrder(state, ['a', 'b', 'c', 'd'], history)).toEqual(['d', 'c', 'a', 'b']);
  });

  it('never offers the same child twice in a row while others wait', () => {
    const state = { ...initialSpotlight(settings), lastPresenter: 'a' };
    expect(fairOrder(state, ['a', 'b'], { b: { turns: 5, lastAt: 1 } })[0]).toBe('b');
    expect(fairOrder(state, ['a'], {})).toEqual(['a']);
  });
});

describe('Spotlight round', () => {
  it('three children present, one passes; durations and latencies come from server time', async () => {
    const h = await harness(4);
    expect(await h.staff({ type: 'round.start', activity: 'spotlight', settings: { deck: 'new-city' } })).toMatchObject({ ok: true });
    expect(sv(h).phase).toBe('idle');
    expect(sv(h).queue).toEqual(h.ids);

    for (let turn = 0; turn < 4; turn++) {
      expect(await h.staff({ type: 'spotlight.offer' })).toMatchObject({ ok: true });
      const presenter = sv(h).presenter!;
      const i = h.ids.indexOf(presenter);
      const mine = h.tabletView(i).round!.view as Extract<SpotlightTablet, { role: 'presenter' }>;
      expect(mine).toMatchObject({ role: 'presenter', phase: 'offered' });
      expect(mine.card.id).toMatch(/^new-city-/);
      expect((h.tabletView((i + 1) % 4).round!.view as SpotlightTablet).role).toBe('audience');
      h.wait(1500);
      if (turn === 1) {
        expect(await h.child(i, { type: 'spotlight.pass' })).toMatchObject({ ok: true });
        continue;
      }
      await h.child(i, { type: 'spotlight.ready' });
      expect((h.screenView().round!.view as SpotlightScreen).presenter?.childId).toBe(presenter);
      h.wait(20_000);
      await h.child(i, { type: 'spotlight.done' });
    }
    const events = await h.events();
    const passed = events.filter((e) => e.type === 'spotlight.passed');
    const ended = events.filter((e) => e.type === 'spotlight.ended');
    expect(passed).toHaveLength(1);
    expect(passed[0]!.payload).toMatchObject({ latencyMs: 1500, by: 'child' });
    expect(ended).toHaveLength(3);
    for (const e of ended) expect(e.payload).toMatchObject({ durationMs: 20_000, by: 'child' });
    expect(events.filter((e) => e.type === 'spotlight.started').every((e) => (e.payload as { latencyMs: number }).latencyMs === 1500)).toBe(true);
    // The child who passed is offered again later: first in the queue now, as the only one with no presentation.
    expect(sv(h).queue[0]).toBe((passed[0]!.payload as { childId: string }).childId);
  });

  it('peers react to the presenter (from → to), rate-limited; the presenter can swap a card; only they press their buttons', async () => {
    const h = await harness(3);
    await h.staff({ type: 'round.start', activity: 'spotlight' });
    await h.staff({ type: 'spotlight.offer', childId: h.ids[2]! });
    expect(await h.child(0, { type: 'spotlight.ready' })).toEqual({ ok: false, code: 'spotlight.not_presenter' });
    expect(await h.staff({ type: 'spotlight.ready' })).toEqual({ ok: false, code: 'role.denied' });
    const before = sv(h).card!.id;
    await h.child(2, { type: 'spotlight.another-card' });
    expect(sv(h).card!.id).not.toBe(before);
    await h.child(2, { type: 'spotlight.ready' });
    expect(await h.child(2, { type: 'spotlight.another-card' })).toEqual({ ok: false, code: 'spotlight.busy' });
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await h.child(0, { type: 'reaction', kind: 'clap' }));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, false]);
    const reactions = (await h.events()).filter((e) => e.type === 'reaction.sent');
    expect(reactions.every((e) => (e.payload as { to?: string }).to === h.ids[2])).toBe(true);
    expect(h.screenView().moments.at(-1)).toMatchObject({ childId: h.ids[0], to: h.ids[2], kind: 'clap' });
  });

  it('the facilitator awards a brave badge, extends, skips and ends turns', async () => {
    const h = await harness(3);
    await h.staff({ type: 'round.start', activity: 'spotlight' });
    await h.staff({ type: 'spotlight.offer', childId: h.ids[1]! });
    expect(await h.staff({ type: 'spotlight.offer', childId: h.ids[0]! })).toEqual({ ok: false, code: 'spotlight.busy' });
    await h.staff({ type: 'spotlight.extend' });
    expect(sv(h).guideSeconds).toBe(90);
    await h.staff({ type: 'spotlight.skip' });
    expect(sv(h).phase).toBe('idle');
    await h.staff({ type: 'spotlight.offer', childId: h.ids[0]! });
    await h.child(0, { type: 'spotlight.ready' });
    h.wait(5000);
    await h.staff({ type: 'spotlight.badge', childId: h.ids[0]! });
    await h.staff({ type: 'spotlight.end-turn' });
    const events = await h.events();
    expect(events.find((e) => e.type === 'spotlight.passed')?.payload).toMatchObject({ childId: h.ids[1], by: 'staff' });
    expect(events.find((e) => e.type === 'spotlight.ended')?.payload).toMatchObject({ childId: h.ids[0], durationMs: 5000, by: 'staff' });
    expect((h.tabletView(0).round!.view as Extract<SpotlightTablet, { role: 'audience' }>).badges).toBe(1);
    expect(await h.staff({ type: 'spotlight.end-turn' })).toEqual({ ok: false, code: 'spotlight.no_turn' });
  });

  it('uses presentations from earlier sessions of the group', async () => {
    const h = await harness(3, { pastTurns: { spotlight: { k1: { turns: 3, lastAt: 1 }, k2: { turns: 1, lastAt: 1 } } } });
    await h.staff({ type: 'round.start', activity: 'spotlight' });
    expect(sv(h).queue).toEqual(['k3', 'k2', 'k1']);
    const started = (await h.events()).find((e) => e.type === 'round.started');
    expect(started?.payload).toMatchObject({ history: { k1: { turns: 3 } } });
  });
});

describe('inviting a quiet child', () => {
  it('offers the stage at once when it is free, else puts the child first for the next offer', async () => {
    const h = await harness(4);
    await h.staff({ type: 'round.start', activity: 'spotlight', settings });
    expect(await h.staff({ type: 'spotlight.invite', childId: 'k3' })).toMatchObject({ ok: true });
    expect(sv(h)).toMatchObject({ phase: 'offered', presenter: 'k3' });
    await h.child(2, { type: 'spotlight.ready' });
    // While k3 presents, the facilitator invites k4: the fair order would have picked k1 first.
    expect(sv(h).queue[0]).toBe('k1');
    expect(await h.staff({ type: 'spotlight.invite', childId: 'k4' })).toMatchObject({ ok: true });
    expect(sv(h)).toMatchObject({ invited: 'k4', queue: ['k4', 'k1', 'k2'] });
    expect(await h.staff({ type: 'spotlight.invite', childId: 'k3' })).toEqual({ ok: false, code: 'spotlight.busy' });
    await h.child(2, { type: 'spotlight.done' });
    expect(await h.staff({ type: 'spotlight.offer' })).toMatchObject({ ok: true });
    expect(sv(h)).toMatchObject({ presenter: 'k4', invited: null });
    const invited = (await h.events()).filter((e) => e.type === 'spotlight.invited');
    expect(invited.map((e) => e.payload)).toEqual([{ childId: 'k4' }]);
  });
});
