// Rounds: plan, start with settings, pause/resume, timers (off, hidden, visible, extended), end; replay.
import { describe, expect, it } from 'vitest';
import { foldEvents } from '../../shared/session/reducer';
import type { SpotlightConsole } from '../../shared/activities/spotlight';
import { harness } from '../support/activity-harness';

describe('rounds', () => {
  it('runs a plan: starts planned rounds with their settings, one at a time', async () => {
    const h = await harness(3);
    await h.staff({
      type: 'plan.set',
      rounds: [
        { activity: 'pass-star', settings: { everyoneOnce: false } },
        { activity: 'spotlight', settings: { deck: 'who-helps' } },
      ],
    });
    expect(h.consoleView().plan).toHaveLength(2);
    await h.staff({ type: 'round.start', activity: 'pass-star', planIndex: 0 });
    expect(h.consoleView().round).toMatchObject({ number: 1, planIndex: 0, settings: { everyoneOnce: false, firstHolder: 'random' } });
    expect(await h.staff({ type: 'round.start', activity: 'spotlight', planIndex: 1 })).toEqual({ ok: false, code: 'round.already' });
    await h.staff({ type: 'round.end' });
    await h.staff({ type: 'round.start', activity: 'spotlight', planIndex: 1 });
    expect((h.consoleView().round!.view as SpotlightConsole).deck).toBe('who-helps');
    // An unplanned round on the spot:
    await h.staff({ type: 'round.end' });
    await h.staff({ type: 'round.start', activity: 'spotlight', settings: { deck: 'new-city' } });
    expect(h.consoleView().round).toMatchObject({ number: 3, planIndex: null });
    expect(await h.staff({ type: 'round.start', activity: 'spotlight', settings: { deck: 'nope' } })).toEqual({ ok: false, code: 'round.already' });
  });

  it('rejects bad settings and changes nothing', async () => {
    const h = await harness(2);
    const before = h.room.version;
    expect(await h.staff({ type: 'round.start', activity: 'spotlight', settings: { deck: 'nope' } })).toEqual({ ok: false, code: 'activity.settings' });
    expect(h.room.version).toBe(before);
  });

  it('pausing stops the activity and the timer; resuming continues both', async () => {
    const h = await harness(3);
    await h.staff({ type: 'round.start', activity: 'spotlight' });
    expect(h.screenView().round?.timer).toBeNull();
    await h.staff({ type: 'timer.set', seconds: 120, visibleToChildren: false });
    // Hidden from children by default: the console sees it, the screen does not.
    expect(h.consoleView().round?.timer?.durationMs).toBe(120_000);
    expect(h.screenView().round?.timer).toBeNull();
    const endsAt = h.consoleView().round!.timer!.endsAt!;
    h.wait(30_000);
    await h.staff({ type: 'round.pause' });
    expect(await h.staff({ type: 'spotlight.offer' })).toEqual({ ok: false, code: 'round.paused' });
    expect(h.tabletView(0).round?.paused).toBe(true);
    expect(h.consoleView().round?.timer).toMatchObject({ endsAt: null, pausedRemainingMs: 90_000 });
    h.wait(10_000);
    await h.staff({ type: 'round.resume' });
    expect(h.consoleView().round!.timer!.endsAt).toBe(endsAt + 10_000);
    await h.staff({ type: 'timer.extend', seconds: 60 });
    expect(h.consoleView().round!.timer!.endsAt).toBe(endsAt + 70_000);
    // Setting a timer mid-round means "from now": 30 s of active time so far (the pause does not count) + 60 s.
    await h.staff({ type: 'timer.set', seconds: 60, visibleToChildren: false });
    expect(h.consoleView().round!.timer).toMatchObject({ durationMs: 90_000, endsAt: h.clock.now + 60_000 });
    expect(h.screenView().round?.timer).toBeNull();
    await h.staff({ type: 'timer.show', visibleToChildren: true });
    expect(h.screenView().round?.timer).toMatchObject({ durationMs: 90_000, endsAt: h.clock.now + 60_000 });
    await h.staff({ type: 'timer.set', seconds: null, visibleToChildren: false });
    expect(await h.staff({ type: 'timer.extend', seconds: 60 })).toEqual({ ok: false, code: 'timer.off' });
  });

  it('ending a round or the session closes an open turn', async () => {
    const h = await harness(2);
    await h.staff({ type: 'round.start', activity: 'spotlight' });
    await h.staff({ type: 'spotlight.offer', childId: h.ids[0]! });
    await h.child(0, { type: 'spotlight.ready' });
    h.wait(7000);
    await h.staff({ type: 'session.end' });
    const types = (await h.events()).map((e) => e.type).slice(-3);
    expect(types).toEqual(['spotlight.ended', 'round.ended', 'session.ended']);
  });

  it('a session replayed from its log reproduces the same state', async () => {
    const h = await harness(4, { seed: 99 });
    await h.staff({ type: 'round.start', activity: 'pass-star' });
    const holder = h.ids.indexOf(h.room.snapshot.round!.data ? (h.consoleView().round!.view as { holder: string }).holder : '');
    await h.child(holder, { type: 'star.pass', to: h.ids[(holder + 1) % 4]! });
    await h.staff({ type: 'round.end' });
    await h.staff({ type: 'round.start', activity: 'spotlight' });
    await h.staff({ type: 'spotlight.offer' });
    await h.child(0, { type: 'reaction', kind: 'heart' });
    expect(foldEvents('harness', await h.events())).toEqual(h.room.snapshot);
  });
});
