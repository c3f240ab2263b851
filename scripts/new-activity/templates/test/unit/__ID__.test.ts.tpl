// __NAME_EN__ through the activity harness: picks and changes, "not now", what the screen, console and tablets show.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { __camel__, WEATHERS, type __Camel__Console, type __Camel__Screen, type __Camel__Tablet } from '../../shared/activities/__ID__';
import { parseActivityEvent } from '../../shared/activities/registry';
import { DICTIONARIES } from '../../shared/i18n';
import { draftRecord } from '../../shared/records/draft';
import { describeEvent } from '../../shared/review/replay-describe';
import { harness } from '../support/activity-harness';

describe('__NAME_EN__', () => {
  it('a child picks a weather and may change it; only their own tablet shows which', async () => {
    const h = await harness(3);
    expect(await h.staff({ type: 'round.start', activity: '__ID__' })).toMatchObject({ ok: true });
    expect(await h.child(0, { type: '__ID__.pick', weather: 'rainy' })).toMatchObject({ ok: true });
    expect(await h.child(0, { type: '__ID__.pick', weather: 'sunny' })).toMatchObject({ ok: true });
    expect(await h.child(1, { type: '__ID__.pick', weather: 'sunny' })).toMatchObject({ ok: true });
    expect((h.tabletView(0).round!.view as __Camel__Tablet).mine).toBe('sunny');
    expect((h.tabletView(2).round!.view as __Camel__Tablet).mine).toBeNull();
    const picked = (await h.events()).filter((e) => e.type === '__ID__.picked').map((e) => e.payload);
    expect(picked).toEqual([
      { childId: h.ids[0], weather: 'rainy', changed: false },
      { childId: h.ids[0], weather: 'sunny', changed: true },
      { childId: h.ids[1], weather: 'sunny', changed: false },
    ]);
    // The same picture again is refused gently (nothing to log), and so is a second "not now".
    expect(await h.child(0, { type: '__ID__.pick', weather: 'sunny' })).toEqual({ ok: false, code: '__ID__.same_answer' });
    expect(await h.child(2, { type: '__ID__.pass' })).toMatchObject({ ok: true });
    expect(await h.child(2, { type: '__ID__.pass' })).toEqual({ ok: false, code: '__ID__.same_answer' });
  });

  it('logs every declared event type with a payload its schema accepts unchanged, and a review sentence that never says which weather', async () => {
    const h = await harness(2);
    await h.staff({ type: 'round.start', activity: '__ID__' });
    await h.child(0, { type: '__ID__.pick', weather: 'rainy' });
    await h.child(0, { type: '__ID__.pick', weather: 'cloudy' });
    await h.child(1, { type: '__ID__.pass' });
    const logged = (await h.events()).filter((e) => e.type in __camel__.events);
    expect(new Set(logged.map((e) => e.type))).toEqual(new Set(Object.keys(__camel__.events)));
    const names = new Map(h.ids.map((id, i) => [id, `Kid ${i + 1}`]));
    for (const e of logged) {
      const schema = (__camel__.events as Record<string, v.GenericSchema>)[e.type]!;
      expect(v.parse(schema, e.payload)).toEqual(e.payload);
      expect(parseActivityEvent(e.type, e.payload)).toEqual({ type: e.type, payload: e.payload });
      for (const lang of ['en', 'zh-CN'] as const) {
        const text = describeEvent(e as Parameters<typeof describeEvent>[0], names, DICTIONARIES[lang]);
        expect(text, `${lang} ${e.type}`).toBeTruthy();
        for (const w of WEATHERS) expect(text).not.toContain(DICTIONARIES[lang].tabletPage.__camel__.weathers[w]);
      }
    }
  });

  it('the screen shows the kinds of weather only: no names, no counts, no order of picking', async () => {
    const h = await harness(3);
    await h.staff({ type: 'round.start', activity: '__ID__' });
    expect((h.screenView().round!.view as __Camel__Screen).sky).toEqual([]);
    await h.child(0, { type: '__ID__.pick', weather: 'stormy' });
    await h.child(1, { type: '__ID__.pick', weather: 'sunny' });
    await h.child(2, { type: '__ID__.pick', weather: 'sunny' });
    const view = h.screenView().round!.view as __Camel__Screen;
    // In the declared order of the pictures, each kind once.
    expect(view.sky).toEqual(WEATHERS.filter((w) => w === 'sunny' || w === 'stormy'));
    const text = JSON.stringify(view);
    for (const id of h.ids) expect(text).not.toContain(id);
  });

  it('"not now" is always possible, takes a pick back, and the console sees who answered but not what', async () => {
    const h = await harness(3);
    await h.staff({ type: 'round.start', activity: '__ID__' });
    await h.child(0, { type: '__ID__.pick', weather: 'cloudy' });
    expect(await h.child(1, { type: '__ID__.pass' })).toMatchObject({ ok: true });
    await h.child(2, { type: '__ID__.pick', weather: 'rainy' });
    expect(await h.child(2, { type: '__ID__.pass' })).toMatchObject({ ok: true });
    const c = h.consoleView().round!.view as __Camel__Console;
    expect(c).toEqual({ activity: '__ID__', answered: [h.ids[0]], notNow: [h.ids[1], h.ids[2]], waiting: [] });
    expect(JSON.stringify(c)).not.toContain('cloudy');
    expect((h.screenView().round!.view as __Camel__Screen).sky).toEqual(['cloudy']);
    expect((h.tabletView(2).round!.view as __Camel__Tablet)).toEqual({ activity: '__ID__', mine: null, passed: true });
    // Staff never choose for a child.
    expect(await h.staff({ type: '__ID__.pick', weather: 'sunny' })).toEqual({ ok: false, code: 'role.denied' });
  });

  it('runs until the facilitator ends it; the record counts who answered', async () => {
    const h = await harness(4);
    await h.staff({ type: 'round.start', activity: '__ID__' });
    for (const i of [0, 1, 2, 3]) await h.child(i, { type: '__ID__.pick', weather: 'sunny' });
    expect(h.consoleView().round).not.toBeNull();
    await h.child(3, { type: '__ID__.pass' });
    expect(await h.staff({ type: 'round.end' })).toMatchObject({ ok: true });
    const events = await h.events();
    const record = draftRecord({
      lang: 'en',
      groupName: 'G',
      number: 1,
      count: null,
      startedAt: events[0]!.at,
      endedAt: events.at(-1)!.at,
      timeZone: 'UTC',
      facilitators: [],
      children: h.ids.map((id) => ({ id, nickname: id })),
      events,
      plan: null,
    });
    // Four children answered with a weather (one later said "not now": still an answer, not a second one).
    expect(record.rounds.map((r) => r.summary)).toEqual(['4 of 4 chose a weather picture.']);
  });
});
