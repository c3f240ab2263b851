// Check-in rounds through the activity harness: assent, items, back, skip, decline, end of round, privacy.
import { describe, expect, it } from 'vitest';
import type { CheckinConsole, CheckinResponse, CheckinScreen, CheckinTablet } from '../../shared/activities/checkin';
import { scoreResponse } from '../../shared/instruments/score';
import { consoleEvent } from '../../shared/session/views';
import { BUILTIN_CATALOG, harness, type Harness } from '../support/activity-harness';

const tablet = (h: Harness, i: number) => h.tabletView(i).round!.view as CheckinTablet;
const consoleOf = (h: Harness) => h.consoleView().round!.view as CheckinConsole;
const screenOf = (h: Harness) => h.screenView().round!.view as CheckinScreen;
const responses = async (h: Harness) => (await h.events()).filter((e) => e.type === 'checkin.response').map((e) => e.payload as CheckinResponse);

async function answer(h: Harness, i: number, option: string | null) {
  const item = tablet(h, i).item!;
  return h.child(i, { type: 'checkin.answer', itemId: item.id, option });
}

describe('check-in round', () => {
  it('records the instrument itself in round.started, resolved by the group age band', async () => {
    const h = await harness(2, { ageBand: '9-10' });
    expect(await h.staff({ type: 'round.start', activity: 'checkin' })).toMatchObject({ ok: true });
    const started = (await h.events()).find((e) => e.type === 'round.started')!;
    expect(started.payload).toMatchObject({ activity: 'checkin', settings: { instrument: 'circletime-daily', used: { id: 'daily-5', version: '2026.2' } } });
    expect(tablet(h, 0).options).toHaveLength(5);
    expect(await h.staff({ type: 'round.end' })).toMatchObject({ ok: true });
    expect(await h.staff({ type: 'round.start', activity: 'checkin', settings: { instrument: 'no-such' } })).toEqual({
      ok: false,
      code: 'checkin.unknown_instrument',
    });
  });

  it('ignores an instrument a client tries to smuggle into the settings', async () => {
    const h = await harness(1);
    const fake = { ...BUILTIN_CATALOG.get('daily-3')!, id: 'fake', version: '666' };
    await h.staff({ type: 'round.start', activity: 'checkin', settings: { instrument: 'rses', used: fake } as never });
    expect(consoleOf(h).instrument).toMatchObject({ id: 'rses', items: 10 });
  });

  it('runs assent → items → thanks; back changes an answer; the stored scores are scoreResponse of the answers', async () => {
    const h = await harness(3);
    await h.staff({ type: 'round.start', activity: 'checkin', settings: { instrument: 'rses' } });
    expect(tablet(h, 0).phase).toBe('assent');
    expect(await h.child(0, { type: 'checkin.answer', itemId: 'worth', option: 'agree' })).toEqual({ ok: false, code: 'checkin.not_now' });
    expect(await h.child(0, { type: 'checkin.assent', yes: true, lang: 'zh-CN' })).toMatchObject({ ok: true });
    // Nothing chosen yet: the view (as it travels, in JSON) has no choice at all.
    expect(tablet(h, 0)).toMatchObject({ phase: 'item', item: { id: 'worth', index: 0, count: 10 }, canGoBack: false });
    expect(tablet(h, 0)).not.toHaveProperty('chosen');
    h.wait(3000);
    await answer(h, 0, 'agree');
    await answer(h, 0, 'strongly-agree');
    expect(tablet(h, 0).item!.id).toBe('failure');
    expect(await h.child(0, { type: 'checkin.answer', itemId: 'worth', option: 'agree' })).toEqual({ ok: false, code: 'checkin.stale_item' });
    expect(await h.child(0, { type: 'checkin.answer', itemId: 'failure', option: 'maybe' })).toEqual({ ok: false, code: 'checkin.bad_option' });
    expect(await h.child(0, { type: 'checkin.back' })).toMatchObject({ ok: true });
    expect(tablet(h, 0)).toMatchObject({ item: { id: 'qualities' }, chosen: 'strongly-agree', canGoBack: true });
    await answer(h, 0, 'disagree');
    for (let i = 2; i < 10; i++) await answer(h, 0, i === 4 ? null : 'disagree');
    expect(tablet(h, 0).phase).toBe('thanks');
    const [r] = await responses(h);
    expect(r).toMatchObject({ childId: 'k1', instrumentId: 'rses', version: '2026.1+zh8-reversed', status: 'finished', changes: 1, language: 'zh-CN' });
    expect(r!.answers).toMatchObject({ worth: 'agree', qualities: 'disagree', proud: null });
    expect(r!.skipped).toEqual(['proud']);
    expect(r!.itemMs.worth).toBe(3000);
    const scored = scoreResponse(BUILTIN_CATALOG.get('rses')!, r!.answers);
    expect({ itemScores: r!.itemScores, total: r!.total }).toEqual({ itemScores: scored.itemScores, total: scored.total });
    expect(r!.total).toBeNull();
  });

  it('a declined check-in is stored as declined, and the round ends by itself once everyone here is done', async () => {
    const h = await harness(2);
    await h.staff({ type: 'round.start', activity: 'checkin' });
    await h.child(1, { type: 'checkin.assent', yes: false });
    expect(tablet(h, 1).phase).toBe('declined');
    expect(consoleOf(h).children.map((c) => c.status)).toEqual(['not-started', 'declined']);
    expect(await h.child(1, { type: 'checkin.assent', yes: true })).toEqual({ ok: false, code: 'checkin.not_now' });
    await h.child(0, { type: 'checkin.assent', yes: true });
    for (let i = 0; i < 3; i++) await answer(h, 0, 'a-little');
    expect(h.consoleView().round).toBeNull();
    expect(h.consoleView().roundsDone.at(-1)).toMatchObject({ activity: 'checkin', reason: 'complete' });
    expect((await responses(h)).map((r) => [r.childId, r.status, r.total])).toEqual([
      ['k2', 'declined', null],
      ['k1', 'finished', 6],
    ]);
  });

  it('ending the round stores unanswered items as skipped and a present child who never began as no-answer', async () => {
    const h = await harness(3);
    await h.staff({ type: 'round.start', activity: 'checkin', settings: { instrument: 'rses' } });
    await h.child(0, { type: 'checkin.assent', yes: true });
    await answer(h, 0, 'agree');
    await answer(h, 0, 'agree');
    await h.child(1, { type: 'checkin.assent', yes: false });
    expect(consoleOf(h)).toMatchObject({ done: 1, present: 3 });
    expect(consoleOf(h).children.map((c) => [c.status, c.answered])).toEqual([
      ['answering', 2],
      ['declined', 0],
      ['not-started', 0],
    ]);
    await h.staff({ type: 'round.end' });
    const rs = await responses(h);
    expect(rs.map((r) => [r.childId, r.status])).toEqual([
      ['k2', 'declined'],
      ['k1', 'partial'],
      ['k3', 'no-answer'],
    ]);
    expect(rs[1]!.skipped).toHaveLength(8);
    expect(rs[1]!.answers.worth).toBe('agree');
  });

  it('keeps answers private: the screen shows only a count, other tablets nothing, the console feed no answers', async () => {
    const h = await harness(3);
    await h.staff({ type: 'round.start', activity: 'checkin' });
    await h.child(0, { type: 'checkin.assent', yes: true });
    for (let i = 0; i < 3; i++) await answer(h, 0, 'yes-a-lot');
    await h.child(1, { type: 'checkin.assent', yes: false });
    expect(screenOf(h)).toEqual({ activity: 'checkin', title: expect.any(Object), done: 2, of: 3 });
    expect(JSON.stringify(h.screenView().round)).not.toMatch(/yes-a-lot|declined|k1|k2/);
    // Child 3's tablet knows nothing of the others.
    expect(tablet(h, 2).phase).toBe('assent');
    expect(JSON.stringify(h.tabletView(2).round)).not.toMatch(/declined|finished|"k1"|"k2"|chosen/);
    for (const e of await h.events()) {
      const shown = JSON.stringify(consoleEvent(e));
      if (e.type.startsWith('checkin.')) expect(shown).not.toMatch(/yes-a-lot/);
    }
    expect(JSON.stringify(h.consoleView())).not.toMatch(/yes-a-lot/);
  });

  it('only children answer check-ins', async () => {
    const h = await harness(1);
    await h.staff({ type: 'round.start', activity: 'checkin' });
    expect(await h.staff({ type: 'checkin.assent', yes: true })).toEqual({ ok: false, code: 'role.denied' });
  });
});
