// Replay folding: the state at event k is the fold of the log's first k+1 events, however the scrubber jumps; scenes read off it.
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKPOINT_EVERY, foldTo, indexAtTime, replayOf } from '../../shared/review/replay-fold';
import { sceneAt, type ReplayScene } from '../../shared/review/replay-scene';
import type { BuildTogetherScreen } from '../../shared/activities/build-together';
import type { StrengthGardenScreen } from '../../shared/activities/strength-garden';
import { foldEvents } from '../../shared/session/reducer';
import type { EventBody, SessionEvent } from '../../shared/session/events';
import type { Harness } from '../support/activity-harness';
import { eventsFrom, started } from '../support/session-fixtures';
import { wholeSessionLog } from '../support/replay-log';

/** The scene's picture, which must be that activity's screen view. */
function build(scene: ReplayScene): BuildTogetherScreen {
  if (scene.picture?.activity !== 'build-together') throw new Error('no build picture');
  return scene.picture;
}
function garden(scene: ReplayScene): StrengthGardenScreen {
  if (scene.picture?.activity !== 'strength-garden') throw new Error('no garden');
  return scene.picture;
}

let h: Harness;
let events: SessionEvent[];

beforeAll(async () => {
  ({ h, events } = await wholeSessionLog());
});

const indexOf = (pred: (e: SessionEvent) => boolean, from = 0) => events.findIndex((e, i) => i >= from && pred(e));

describe('replay fold', () => {
  it('folds to each index exactly as the fold of the slice, and to the end as the live room did', () => {
    expect(events.length).toBeGreaterThan(80);
    const replay = replayOf('harness', events);
    for (let i = 0; i < events.length; i++) {
      const slice = foldEvents('harness', events.slice(0, i + 1));
      expect(foldTo('harness', events, i)).toEqual(slice);
      expect(replay.stateAt(i)).toEqual(slice);
    }
    expect(replay.stateAt(events.length - 1)).toEqual(h.room.snapshot);
  });

  it('gives the same state whatever order the scrubber visits indices in, across checkpoints', () => {
    // A long log: 3 × the checkpoint interval of waves and settings changes after the start.
    const bodies: EventBody[] = [started(true)];
    for (let i = 0; i < CHECKPOINT_EVERY * 3 + 17; i++)
      bodies.push(i % 7 === 0 ? { type: 'settings.changed', payload: { autoApprove: i % 2 === 0 } } : { type: 'wave.sent', payload: { childId: 'c1' } });
    const log = eventsFrom(bodies);
    const replay = replayOf('s1', log);
    let seed = 5;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const visits = [
      log.length - 1,
      0,
      CHECKPOINT_EVERY - 1,
      CHECKPOINT_EVERY,
      2 * CHECKPOINT_EVERY + 3,
      5,
      ...Array.from({ length: 40 }, () => next() % log.length),
    ];
    for (const i of visits) expect(replay.stateAt(i), `index ${i}`).toEqual(foldEvents('s1', log.slice(0, i + 1)));
    // The "previous event" button: one step back at a time, across a checkpoint.
    for (let i = CHECKPOINT_EVERY + 3; i > CHECKPOINT_EVERY - 4; i--) expect(replay.stateAt(i), `back to ${i}`).toEqual(foldEvents('s1', log.slice(0, i + 1)));
  });

  it('clamps indices outside the log and replays an empty log as the empty state', () => {
    const replay = replayOf('harness', events);
    expect(replay.stateAt(-5)).toEqual(foldEvents('harness', events.slice(0, 1)));
    expect(replay.stateAt(10_000)).toEqual(h.room.snapshot);
    expect(replayOf('none', []).stateAt(3)).toMatchObject({ sessionId: 'none', version: 0, round: null });
  });

  it('finds the last event at or before a time', () => {
    const log = eventsFrom([started(), { type: 'wave.sent', payload: { childId: 'c1' } }, { type: 'wave.sent', payload: { childId: 'c2' } }], 1000);
    expect([999, 1000, 1001, 1002, 5000].map((t) => indexAtTime(log, t))).toEqual([0, 0, 1, 2, 2]);
  });
});

describe('replay scene', () => {
  it('shows the star with the child it was passed to, at the pass', () => {
    const replay = replayOf('harness', events);
    const pass = indexOf((e) => e.type === 'star.passed');
    const to = (events[pass] as Extract<SessionEvent, { type: 'star.passed' }>).payload.to;
    expect(sceneAt(replay, pass - 1).turn).toEqual({ childId: 'k1', words: 'starHolder' });
    expect(sceneAt(replay, pass)).toMatchObject({ round: { number: 1, activity: 'pass-star', running: true }, turn: { childId: to, words: 'starHolder' } });
  });

  it('shows the presenter while presenting, a paused round, and seats as they were', () => {
    const replay = replayOf('harness', events);
    const ready = indexOf((e) => e.type === 'spotlight.started');
    expect(sceneAt(replay, ready).turn).toEqual({ childId: 'k2', words: 'spotlightPresenting' });
    expect(
      sceneAt(
        replay,
        indexOf((e) => e.type === 'round.paused'),
      ).round,
    ).toMatchObject({ activity: 'spotlight', paused: true });
    expect(sceneAt(replay, ready).seats.map((s) => s.status)).toEqual(['here', 'here', 'here']);
    const left = sceneAt(
      replay,
      indexOf((e) => e.type === 'seat.released'),
    );
    expect(left.seats.map((s) => [s.nickname, s.status])).toEqual([
      ['Kid 1', 'here'],
      ['Kid 2', 'here'],
      ['Kid 3', 'empty'],
    ]);
    expect(left.offsetMs).toBe(events[indexOf((e) => e.type === 'seat.released')]!.at - events[0]!.at);
  });

  it('fills the build picture piece by piece, and keeps the finished picture in view after the round', () => {
    const replay = replayOf('harness', events);
    const placed = events.flatMap((e, i) => (e.type === 'build.placed' ? [i] : []));
    const third = sceneAt(replay, placed[2]!);
    expect(third.picture).toMatchObject({ activity: 'build-together', design: { id: 'rocket' }, filledCount: 3 });
    expect(build(third).slots.filter((s) => s.filled)).toHaveLength(3);
    expect(third.turn).toMatchObject({ childId: null, words: 'buildFree' });
    const ended = indexOf((e) => e.type === 'round.ended', placed.at(-1)!);
    const after = sceneAt(replay, ended);
    expect(after.round).toEqual({ number: 3, activity: 'build-together', paused: false, running: false });
    expect(after.turn).toBeNull();
    expect(build(after).filledCount).toBe(build(after).total);
  });

  it('grows the garden with self-picked and friends’ flowers, and counts check-ins without answers', () => {
    const replay = replayOf('harness', events);
    const gave = indexOf((e) => e.type === 'garden.given');
    const beds = garden(sceneAt(replay, gave)).beds;
    expect(beds.map((b) => [b.childId, b.flowers.map((f) => `${f.card.id}:${f.from}`)])).toEqual([
      ['k1', ['kind:self']],
      ['k2', ['funny:self']],
      ['k3', ['kind:peer']],
    ]);
    expect(sceneAt(replay, gave).turn).toEqual({ childId: null, words: 'gardenGive' });
    const declined = indexOf((e) => e.type === 'checkin.response' && e.payload.status === 'declined');
    expect(sceneAt(replay, declined).turn).toEqual({ childId: null, words: 'checkin', values: { done: 2, of: 3 } });
    expect(JSON.stringify(sceneAt(replay, declined))).not.toContain('strongly-agree');
  });

  it('shows no round before the first one and an ended session at the end', () => {
    const replay = replayOf('harness', events);
    expect(sceneAt(replay, 0)).toMatchObject({ round: null, turn: null, picture: null, ended: false, offsetMs: 0 });
    expect(
      sceneAt(
        replay,
        indexOf((e) => e.type === 'eyes.changed'),
      ).eyesOn,
    ).toBe(true);
    expect(sceneAt(replay, events.length - 1)).toMatchObject({ ended: true, round: { activity: 'checkin', running: false } });
  });
});
