// Every activity's declared event schemas: they own their types exactly once, and accept what the activities really log.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { BuildTogetherTablet } from '../../shared/activities/build-together';
import type { CheckinTablet } from '../../shared/activities/checkin';
import { ACTIVITIES, ACTIVITY_IDS, activityEventTypes, activityOfEventType, parseActivityEvent } from '../../shared/activities/registry';
import { harness, type Harness } from '../support/activity-harness';

const declared = ACTIVITY_IDS.flatMap((id) => Object.keys(ACTIVITIES[id].events).map((type) => [type, id] as const));

/** The built-in activities and how many event types each declares; the run below touches every one of them. */
const BUILT_IN: Record<string, number> = { spotlight: 8, 'pass-star': 3, checkin: 4, 'strength-garden': 5, 'build-together': 7 };

describe('event ownership', () => {
  it('comes from the declarations: every declared type has exactly one owner, its declarer', () => {
    // 27 event types over the 5 built-in activities; an activity added later declares its own on top.
    for (const [id, n] of Object.entries(BUILT_IN))
      expect(
        declared.filter(([, owner]) => owner === id),
        id,
      ).toHaveLength(n);
    expect(new Set(declared.map(([type]) => type)).size).toBe(declared.length);
    for (const [type, id] of declared) expect(activityOfEventType(type), type).toBe(id);
    expect(activityEventTypes()).toEqual(declared);
  });

  it('owns nothing undeclared: core events and look-alike prefixes have no owner', () => {
    for (const type of ['round.started', 'reaction.sent', 'observation.tagged', 'star.invented', 'spotlight', 'checkin.answer'])
      expect(activityOfEventType(type), type).toBeUndefined();
    expect(parseActivityEvent('star.invented', { to: 'k1' })).toBeNull();
  });
});

const placeable = (t: BuildTogetherTablet) => {
  const piece = t.hand[0]!;
  return { pieceId: piece.pieceId, slotId: t.slots.find((s) => !s.filled && s.shape === piece.shape && s.colour === piece.colour)!.slotId };
};
const buildTab = (h: Harness, i: number) => h.tabletView(i).round!.view as BuildTogetherTablet;
const checkinTab = (h: Harness, i: number) => h.tabletView(i).round!.view as CheckinTablet;
const lastOf = async (h: Harness, type: string) => (await h.events()).filter((e) => e.type === type).at(-1)!.payload as Record<string, unknown>;

async function ok(p: Promise<{ ok: boolean }>): Promise<void> {
  expect(await p).toMatchObject({ ok: true });
}

/** One session through every activity, touching each of its event types at least once. */
async function runEveryActivity(): Promise<Harness> {
  const h = await harness(3);
  const at = (id: unknown) => h.ids.indexOf(id as string);

  await ok(h.staff({ type: 'round.start', activity: 'spotlight' }));
  await ok(h.staff({ type: 'spotlight.offer', childId: 'k1' }));
  await ok(h.child(0, { type: 'spotlight.another-card' }));
  h.wait(1500);
  await ok(h.child(0, { type: 'spotlight.ready' }));
  await ok(h.staff({ type: 'spotlight.extend' }));
  await ok(h.staff({ type: 'spotlight.badge', childId: 'k1' }));
  h.wait(8000);
  // Invited during a turn: the next offer goes to k2.
  await ok(h.staff({ type: 'spotlight.invite', childId: 'k2' }));
  await ok(h.child(0, { type: 'spotlight.done' }));
  await ok(h.staff({ type: 'spotlight.offer' }));
  await ok(h.child(at((await lastOf(h, 'spotlight.offered')).childId), { type: 'spotlight.pass' }));
  await ok(h.staff({ type: 'spotlight.offer', childId: 'k3' }));
  await ok(h.staff({ type: 'spotlight.skip' }));
  await ok(h.staff({ type: 'spotlight.offer', childId: 'k3' }));
  await ok(h.child(2, { type: 'spotlight.ready' }));
  await ok(h.staff({ type: 'round.end' }));

  await ok(h.staff({ type: 'round.start', activity: 'pass-star', settings: { everyoneOnce: false } }));
  const first = at((await lastOf(h, 'star.given')).to);
  h.wait(2000);
  await ok(h.child(first, { type: 'star.pass', to: h.ids[(first + 1) % 3]! }));
  await ok(h.staff({ type: 'star.give', to: h.ids[(first + 2) % 3]! }));
  h.wait(1000);
  await ok(h.staff({ type: 'round.end' }));

  await ok(h.staff({ type: 'round.start', activity: 'checkin' }));
  await ok(h.child(0, { type: 'checkin.assent', yes: true, lang: 'zh-CN' }));
  const option = checkinTab(h, 0).options[0]!.id;
  await ok(h.child(0, { type: 'checkin.answer', itemId: checkinTab(h, 0).item!.id, option }));
  await ok(h.child(0, { type: 'checkin.back' }));
  await ok(h.child(0, { type: 'checkin.answer', itemId: checkinTab(h, 0).item!.id, option: null }));
  await ok(h.child(1, { type: 'checkin.assent', yes: false }));
  // The round may already have closed by itself (everyone here done).
  if (h.consoleView().round) await ok(h.staff({ type: 'round.end' }));

  await ok(h.staff({ type: 'round.start', activity: 'strength-garden' }));
  await ok(h.child(0, { type: 'garden.pick', card: 'kind' }));
  await ok(h.child(0, { type: 'garden.unpick', card: 'kind' }));
  await ok(h.child(0, { type: 'garden.pick', card: 'brave' }));
  await ok(h.staff({ type: 'garden.set-phase', phase: 'give' }));
  await ok(h.child(0, { type: 'garden.give', to: 'k2', card: 'funny' }));
  await ok(h.staff({ type: 'garden.nudge', childId: 'k3' }));
  await ok(h.staff({ type: 'garden.set-phase', phase: 'garden' }));
  await ok(h.staff({ type: 'round.end' }));

  await ok(h.staff({ type: 'round.start', activity: 'build-together', settings: { design: 'tree', turnMode: 'turns' } }));
  await ok(h.child(0, { type: 'build.place', ...placeable(buildTab(h, 0)) }));
  await ok(h.child(1, { type: 'build.pass' }));
  await ok(h.staff({ type: 'round.end' }));
  await ok(h.staff({ type: 'round.start', activity: 'build-together', settings: { design: 'house' } }));
  await ok(h.child(0, { type: 'build.ask-help', pieceId: buildTab(h, 0).hand[0]!.pieceId }));
  await ok(h.child(1, { type: 'build.help', to: 'k1' }));
  // Everyone places every piece: the round completes by itself.
  for (let i = 0; i < 3; i++)
    while (h.tabletView(i).round && buildTab(h, i).hand.length > 0) await ok(h.child(i, { type: 'build.place', ...placeable(buildTab(h, i)) }));
  return h;
}

describe('declared schemas against real runs', () => {
  it('every activity event the harness logs parses with its declaring activity’s schema, unchanged', async () => {
    const h = await runEveryActivity();
    const logged = (await h.events()).filter((e) => activityOfEventType(e.type) !== undefined);
    const seen = new Set<string>();
    for (const e of logged) {
      const schema = (ACTIVITIES[activityOfEventType(e.type)!].events as Record<string, v.GenericSchema>)[e.type]!;
      const r = v.safeParse(schema, e.payload);
      expect(r.issues?.map((i) => `${e.type}: ${v.getDotPath(i)} ${i.message}`) ?? [], JSON.stringify(e)).toEqual([]);
      // The schema describes the payload exactly: parsing drops and adds nothing.
      expect(r.output).toEqual(e.payload);
      expect(parseActivityEvent(e.type, e.payload)).toEqual({ type: e.type, payload: e.payload });
      seen.add(e.type);
    }
    // The run touched every type the built-in activities declare, so none of their schemas is untested against the
    // real rules (an activity added later checks its own the same way in its unit test, which the scaffold writes).
    expect([...seen].sort()).toEqual(
      declared
        .filter(([, id]) => id in BUILT_IN)
        .map(([type]) => type)
        .sort(),
    );
  });
});
