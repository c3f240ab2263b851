// Strength Garden through the activity harness: self picks, gifts in phase 2, kind limits, the nudge, private gardens.
import { describe, expect, it } from 'vitest';
import type { StrengthGardenConsole, StrengthGardenScreen, StrengthGardenTablet } from '../../shared/activities/strength-garden';
import { gardenCard, STRENGTH_CARD_IDS, STRENGTH_CARDS, STRENGTH_PICTURES } from '../../shared/activities/strength-garden';
import { initialStrengthGarden } from '../../shared/activities/strength-garden/state';
import { applyStrengthGarden } from '../../shared/activities/strength-garden/rules';
import { pickPrompt } from '../../shared/activities/strength-garden/texts';
import { parseIntent } from '../../shared/protocol/intents';
import { ERROR_CODES } from '../../shared/protocol/errors';
import { en } from '../../shared/i18n/en';
import { zhCN } from '../../shared/i18n/zh-CN';
import type { ConsoleView } from '../../shared/session/views';
import { harness, type Harness } from '../support/activity-harness';

const con = (h: Harness) => h.consoleView().round!.view as StrengthGardenConsole;
const scr = (h: Harness) => h.screenView().round!.view as StrengthGardenScreen;
const tab = (h: Harness, i: number) => h.tabletView(i).round!.view as StrengthGardenTablet;
const types = async (h: Harness) => (await h.events()).map((e) => e.type).filter((t) => t.startsWith('garden.'));

async function started(children = 4, settings: Record<string, number> = {}): Promise<Harness> {
  const h = await harness(children);
  expect(await h.staff({ type: 'round.start', activity: 'strength-garden', settings })).toMatchObject({ ok: true });
  return h;
}

/** Child i's tablet goes away; resolves once the presence change is committed and the views are out. */
async function leave(h: Harness, i: number): Promise<void> {
  h.room.detach(h.tablets[i]!.id);
  await h.console.until<ConsoleView>((v) => v.kind === 'console' && v.seats.find((s) => s.childId === h.ids[i])!.connected === false);
}

async function toGive(h: Harness): Promise<void> {
  expect(await h.staff({ type: 'garden.set-phase', phase: 'give' })).toMatchObject({ ok: true });
}

describe('the deck', () => {
  it('holds at least 24 positive cards, each with a known picture and words in both languages', () => {
    expect(STRENGTH_CARDS.length).toBeGreaterThanOrEqual(24);
    expect(new Set(STRENGTH_CARD_IDS).size).toBe(STRENGTH_CARDS.length);
    expect([...STRENGTH_CARD_IDS]).toEqual(STRENGTH_CARDS.map((c) => c.id));
    for (const c of STRENGTH_CARDS) {
      expect(Object.keys(STRENGTH_PICTURES)).toContain(c.picture);
      for (const text of [c.text, gardenCard(c.id).speak]) {
        expect(text.en.trim().length, c.id).toBeGreaterThan(0);
        expect(text['zh-CN'].trim().length, c.id).toBeGreaterThan(0);
      }
    }
    for (const id of ['kind', 'brave', 'good-at-drawing', 'good-at-sports', 'helpful', 'funny', 'hard-working', 'good-listener']) {
      expect(STRENGTH_CARD_IDS).toContain(id);
    }
  });

  it('the intent schema accepts deck ids only', () => {
    for (const card of STRENGTH_CARD_IDS) expect(parseIntent({ id: 'abc123', type: 'garden.pick', card }).ok, card).toBe(true);
    for (const card of ['mean', 'lazy', '', 'KIND', 'kind ', 42, null]) {
      expect(parseIntent({ id: 'abc123', type: 'garden.pick', card }).ok, String(card)).toBe(false);
      expect(parseIntent({ id: 'abc123', type: 'garden.unpick', card }).ok, String(card)).toBe(false);
      expect(parseIntent({ id: 'abc123', type: 'garden.give', to: 'k2', card }).ok, String(card)).toBe(false);
    }
    expect(parseIntent({ id: 'abc123', type: 'garden.give', to: 'k2', card: 'brave' }).ok).toBe(true);
    expect(parseIntent({ id: 'abc123', type: 'garden.set-phase', phase: 'end' }).ok).toBe(false);
  });

  it('every garden error code has a message in English and Chinese', () => {
    const codes = ERROR_CODES.filter((c) => c.startsWith('garden.'));
    expect(codes.length).toBeGreaterThanOrEqual(9);
    for (const c of codes) {
      expect(en.common.errors[c]).toBeTruthy();
      expect(zhCN.common.errors[c]).toBeTruthy();
    }
  });

  it('the pick prompt names the number of picks', () => {
    expect(pickPrompt(3).en).toContain('3');
    expect(pickPrompt(2)['zh-CN']).toContain('两');
    expect(pickPrompt(1).en).toBe('Pick one strength that is true about you.');
  });
});

describe('phase 1: strengths about myself', () => {
  it('up to three picks; a fourth is refused kindly; un-picking frees a hand', async () => {
    const h = await started();
    expect(con(h).phase).toBe('self');
    for (const card of ['kind', 'brave', 'funny'] as const) expect(await h.child(0, { type: 'garden.pick', card })).toMatchObject({ ok: true });
    expect(tab(h, 0)).toMatchObject({ myPicks: ['kind', 'brave', 'funny'], canPick: false, maxSelfPicks: 3 });
    expect(await h.child(0, { type: 'garden.pick', card: 'helpful' })).toEqual({ ok: false, code: 'garden.picks_full' });
    expect(await h.child(0, { type: 'garden.pick', card: 'kind' })).toEqual({ ok: false, code: 'garden.already_picked' });
    expect(await h.child(0, { type: 'garden.unpick', card: 'helpful' })).toEqual({ ok: false, code: 'garden.not_picked' });
    expect(await h.child(0, { type: 'garden.unpick', card: 'brave' })).toMatchObject({ ok: true });
    expect(tab(h, 0)).toMatchObject({ myPicks: ['kind', 'funny'], canPick: true });
    expect(await h.child(0, { type: 'garden.pick', card: 'helpful' })).toMatchObject({ ok: true });
    expect(tab(h, 0).myPicks).toEqual(['kind', 'funny', 'helpful']);
    // Another child's hands are their own.
    expect(tab(h, 1)).toMatchObject({ myPicks: [], canPick: true, peers: [] });
    const garden = (await h.events()).filter((e) => e.type.startsWith('garden.'));
    expect(garden.map((e) => [e.type, e.payload])).toEqual([
      ['garden.self-picked', { childId: 'k1', card: 'kind' }],
      ['garden.self-picked', { childId: 'k1', card: 'brave' }],
      ['garden.self-picked', { childId: 'k1', card: 'funny' }],
      ['garden.self-unpicked', { childId: 'k1', card: 'brave' }],
      ['garden.self-picked', { childId: 'k1', card: 'helpful' }],
    ]);
  });

  it('a smaller hand from the settings; only children pick; a card outside the deck is refused by the rules too', async () => {
    const h = await started(3, { maxSelfPicks: 1 });
    expect(await h.child(0, { type: 'garden.pick', card: 'calm' })).toMatchObject({ ok: true });
    expect(await h.child(0, { type: 'garden.pick', card: 'kind' })).toEqual({ ok: false, code: 'garden.picks_full' });
    expect(tab(h, 0).prompt.en).toBe('Pick one strength that is true about you.');
    expect(await h.staff({ type: 'garden.pick', card: 'kind' })).toEqual({ ok: false, code: 'role.denied' });
    expect(await h.child(1, { type: 'garden.pick', card: 'mean' as 'kind' })).toEqual({ ok: false, code: 'garden.unknown_card' });
  });
});

describe('phase 2: giving strengths to friends', () => {
  it('giving only in phase 2, set by the facilitator; picks are closed then', async () => {
    const h = await started();
    expect(await h.child(0, { type: 'garden.give', to: 'k2', card: 'brave' })).toEqual({ ok: false, code: 'garden.not_now' });
    expect(await h.child(0, { type: 'garden.set-phase', phase: 'give' })).toEqual({ ok: false, code: 'role.denied' });
    expect(await h.staff({ type: 'garden.set-phase', phase: 'self' })).toEqual({ ok: false, code: 'garden.not_now' });
    h.wait(90_000);
    await toGive(h);
    expect(con(h)).toMatchObject({ phase: 'give', phaseSince: h.clock.now });
    expect(await h.child(0, { type: 'garden.pick', card: 'kind' })).toEqual({ ok: false, code: 'garden.not_now' });
    expect(await h.child(0, { type: 'garden.give', to: 'k2', card: 'brave' })).toMatchObject({ ok: true });
    const given = (await h.events()).filter((e) => e.type === 'garden.given' || e.type === 'garden.phase');
    expect(given.map((e) => [e.type, e.payload, e.actor])).toEqual([
      ['garden.phase', { phase: 'give' }, { kind: 'staff', staffId: 'st' }],
      ['garden.given', { from: 'k1', to: 'k2', card: 'brave' }, { kind: 'seat', childId: 'k1' }],
    ]);
    // Back to phase 1 is allowed; the gift stays.
    expect(await h.staff({ type: 'garden.set-phase', phase: 'self' })).toMatchObject({ ok: true });
    expect(tab(h, 1).myGarden.map((f) => [f.card.id, f.from])).toEqual([['brave', 'peer']]);
  });

  it('the closing "my garden" phase: nothing more is picked or given, every tablet keeps its own garden', async () => {
    const h = await started();
    await h.child(1, { type: 'garden.pick', card: 'kind' });
    await toGive(h);
    await h.child(0, { type: 'garden.give', to: 'k2', card: 'brave' });
    expect(await h.staff({ type: 'garden.set-phase', phase: 'garden' })).toMatchObject({ ok: true });
    expect(await h.child(0, { type: 'garden.give', to: 'k2', card: 'funny' })).toEqual({ ok: false, code: 'garden.not_now' });
    expect(await h.child(0, { type: 'garden.pick', card: 'funny' })).toEqual({ ok: false, code: 'garden.not_now' });
    expect(tab(h, 1)).toMatchObject({ phase: 'garden', canPick: false, peers: [] });
    expect(tab(h, 1).myGarden.map((f) => [f.card.id, f.from])).toEqual([
      ['kind', 'self'],
      ['brave', 'peer'],
    ]);
    expect(tab(h, 1).prompt.en).toMatch(/your garden/);
  });

  it('to a present friend only, never to oneself; the same card to the same friend once; at most three per friend', async () => {
    const h = await started(4);
    await toGive(h);
    expect(await h.child(0, { type: 'garden.give', to: 'k1', card: 'kind' })).toEqual({ ok: false, code: 'garden.bad_peer' });
    expect(await h.child(0, { type: 'garden.give', to: 'nobody', card: 'kind' })).toEqual({ ok: false, code: 'garden.bad_peer' });
    await leave(h, 3);
    expect(await h.child(0, { type: 'garden.give', to: 'k4', card: 'kind' })).toEqual({ ok: false, code: 'garden.bad_peer' });
    expect(await h.staff({ type: 'garden.give', to: 'k2', card: 'kind' })).toEqual({ ok: false, code: 'role.denied' });

    expect(await h.child(0, { type: 'garden.give', to: 'k2', card: 'kind' })).toMatchObject({ ok: true });
    expect(await h.child(0, { type: 'garden.give', to: 'k2', card: 'kind' })).toEqual({ ok: false, code: 'garden.already_given' });
    // Someone else may give the same card to the same friend.
    expect(await h.child(2, { type: 'garden.give', to: 'k2', card: 'kind' })).toMatchObject({ ok: true });
    expect(await h.child(0, { type: 'garden.give', to: 'k2', card: 'funny' })).toMatchObject({ ok: true });
    expect(await h.child(0, { type: 'garden.give', to: 'k2', card: 'calm' })).toMatchObject({ ok: true });
    expect(await h.child(0, { type: 'garden.give', to: 'k2', card: 'brave' })).toEqual({ ok: false, code: 'garden.peer_full' });
    const k2 = tab(h, 0).peers.find((p) => p.childId === 'k2')!;
    expect(k2).toMatchObject({ givenByMe: ['kind', 'funny', 'calm'], canGive: false });
    expect(tab(h, 0).peers.find((p) => p.childId === 'k3')).toMatchObject({ givenByMe: [], canGive: true });
    // The absent child is not offered as a friend to give to.
    expect(tab(h, 0).peers.map((p) => p.childId)).toEqual(['k2', 'k3']);
    expect(await h.child(0, { type: 'garden.give', to: 'k3', card: 'brave' })).toMatchObject({ ok: true });
    expect(await types(h)).toEqual(['garden.phase', 'garden.given', 'garden.given', 'garden.given', 'garden.given', 'garden.given']);
  });

  it('the per-friend cap comes from the settings', async () => {
    const h = await started(3, { perPeerCap: 1 });
    await toGive(h);
    expect(await h.child(0, { type: 'garden.give', to: 'k2', card: 'kind' })).toMatchObject({ ok: true });
    expect(await h.child(0, { type: 'garden.give', to: 'k2', card: 'brave' })).toEqual({ ok: false, code: 'garden.peer_full' });
    expect(tab(h, 0).perPeerCap).toBe(1);
  });

  it('never ends by itself: children keep giving until the facilitator ends the round', async () => {
    const h = await started(3);
    await toGive(h);
    await h.child(0, { type: 'garden.give', to: 'k2', card: 'kind' });
    await h.child(1, { type: 'garden.give', to: 'k3', card: 'kind' });
    await h.child(2, { type: 'garden.give', to: 'k1', card: 'kind' });
    expect(con(h)).toMatchObject({ receivedNone: [], givenNone: [] });
    expect(h.consoleView().round).not.toBeNull();
    expect(await h.child(0, { type: 'garden.give', to: 'k3', card: 'brave' })).toMatchObject({ ok: true });
    await h.staff({ type: 'round.end' });
    expect(h.consoleView().round).toBeNull();
    expect(h.consoleView().roundsDone.at(-1)).toMatchObject({ activity: 'strength-garden', reason: 'staff' });
    expect((await h.events()).at(-1)!.type).toBe('round.ended');
  });
});

describe('who has received none, and the nudge', () => {
  it('the console lists present children without a friend’s card; a nudge features them on givers’ tablets only', async () => {
    const h = await started(4);
    expect(await h.staff({ type: 'garden.nudge', childId: 'k4' })).toEqual({ ok: false, code: 'garden.not_now' });
    await toGive(h);
    await h.child(0, { type: 'garden.give', to: 'k2', card: 'kind' });
    await h.child(1, { type: 'garden.give', to: 'k1', card: 'helpful' });
    expect(con(h)).toMatchObject({ receivedNone: ['k3', 'k4'], givenNone: ['k3', 'k4'], featured: [] });
    expect(con(h).children.map((c) => [c.childId, c.given, c.received])).toEqual([
      ['k1', 1, 1],
      ['k2', 1, 1],
      ['k3', 0, 0],
      ['k4', 0, 0],
    ]);

    expect(await h.staff({ type: 'garden.nudge', childId: 'k2' })).toEqual({ ok: false, code: 'garden.has_flowers' });
    expect(await h.staff({ type: 'garden.nudge', childId: 'ghost' })).toEqual({ ok: false, code: 'garden.bad_peer' });
    expect(await h.child(0, { type: 'garden.nudge', childId: 'k4' })).toEqual({ ok: false, code: 'role.denied' });

    const screenBefore = JSON.stringify(scr(h));
    const k4Before = JSON.stringify(tab(h, 3));
    expect(await h.staff({ type: 'garden.nudge', childId: 'k4' })).toMatchObject({ ok: true });
    expect((await h.events()).filter((e) => e.type === 'garden.nudged').map((e) => e.payload)).toEqual([{ childId: 'k4' }]);
    expect(con(h)).toMatchObject({ featured: ['k4'], receivedNone: ['k3', 'k4'] });
    expect(con(h).children.find((c) => c.childId === 'k4')!.nudged).toBe(true);

    // Givers see k4 first, sparkling; nobody else sparkles.
    for (const i of [0, 1, 2]) {
      const peers = tab(h, i).peers;
      expect(peers[0]).toMatchObject({ childId: 'k4', sparkle: true });
      expect(peers.slice(1).every((p) => !p.sparkle)).toBe(true);
    }
    // Nothing changes on the screen or on k4's own tablet: nobody is told who has no flowers.
    expect(JSON.stringify(scr(h))).toBe(screenBefore);
    expect(JSON.stringify(tab(h, 3))).toBe(k4Before);

    // Once a friend's card arrives, the sparkle is gone.
    await h.child(2, { type: 'garden.give', to: 'k4', card: 'brave' });
    expect(con(h)).toMatchObject({ featured: [], receivedNone: ['k3'] });
    expect(tab(h, 0).peers.map((p) => [p.childId, p.sparkle])).toEqual([
      ['k2', false],
      ['k3', false],
      ['k4', false],
    ]);
  });

  it('several nudged children are featured in the order they were nudged; a repeated nudge keeps the order', async () => {
    const h = await started(4);
    await toGive(h);
    await h.staff({ type: 'garden.nudge', childId: 'k3' });
    await h.staff({ type: 'garden.nudge', childId: 'k2' });
    await h.staff({ type: 'garden.nudge', childId: 'k3' });
    expect(con(h).featured).toEqual(['k3', 'k2']);
    expect(tab(h, 0).peers.map((p) => p.childId)).toEqual(['k3', 'k2', 'k4']);
    expect(tab(h, 2).peers.map((p) => [p.childId, p.sparkle])).toEqual([
      ['k2', true],
      ['k1', false],
      ['k4', false],
    ]);
    expect((await types(h)).filter((t) => t === 'garden.nudged')).toHaveLength(3);
  });
});

describe('the views', () => {
  it('the screen shows a bed per present child, flowers marked self or peer, no givers', async () => {
    const h = await started(4);
    h.wait(1000);
    await h.child(0, { type: 'garden.pick', card: 'kind' });
    await h.child(0, { type: 'garden.pick', card: 'good-at-drawing' });
    await h.child(2, { type: 'garden.pick', card: 'funny' });
    expect(
      scr(h)
        .beds.find((b) => b.childId === 'k1')!
        .flowers.map((f) => [f.key, f.card.id, f.from]),
    ).toEqual([
      ['self:kind', 'kind', 'self'],
      ['self:good-at-drawing', 'good-at-drawing', 'self'],
    ]);
    await toGive(h);
    h.wait(500);
    await h.child(1, { type: 'garden.give', to: 'k1', card: 'kind' });
    await h.child(2, { type: 'garden.give', to: 'k1', card: 'brave' });
    await leave(h, 3);

    const s = scr(h);
    expect(s).toMatchObject({ activity: 'strength-garden', phase: 'give', prompt: { en: expect.stringContaining('friend') } });
    expect(s.beds.map((b) => [b.childId, b.nickname, b.avatar])).toEqual([
      ['k1', 'Kid 1', 'cat'],
      ['k2', 'Kid 2', 'cat'],
      ['k3', 'Kid 3', 'cat'],
    ]);
    const k1 = s.beds[0]!.flowers;
    expect(k1.map((f) => [f.key, f.card.id, f.from])).toEqual([
      ['self:kind', 'kind', 'self'],
      ['self:good-at-drawing', 'good-at-drawing', 'self'],
      ['peer:0', 'kind', 'peer'],
      ['peer:1', 'brave', 'peer'],
    ]);
    expect(k1[2]!.at).toBe(h.clock.now);
    expect(k1[1]!.card).toEqual({
      id: 'good-at-drawing',
      picture: 'crayon',
      text: { en: 'Good at drawing', 'zh-CN': '会画画' },
      speak: { en: 'Good at drawing', 'zh-CN': '很会画画' },
    });
    expect(k1[0]!.card.speak).toEqual(k1[0]!.card.text);
    // A friend's flower never says which friend.
    for (const f of k1) expect(Object.keys(f).sort()).toEqual(['at', 'card', 'from', 'key']);
    expect(s.beds[2]!.flowers.map((f) => f.card.id)).toEqual(['funny']);
    expect(s.beds[1]!.flowers).toEqual([]);
  });

  it('a tablet holds only that child’s own garden and own gifts', async () => {
    const h = await started(4);
    await h.child(0, { type: 'garden.pick', card: 'curious' });
    await h.child(1, { type: 'garden.pick', card: 'patient' });
    await h.child(2, { type: 'garden.pick', card: 'creative' });
    await toGive(h);
    await h.child(0, { type: 'garden.give', to: 'k3', card: 'good-at-music' });
    await h.child(2, { type: 'garden.give', to: 'k2', card: 'good-at-singing' });
    await h.child(3, { type: 'garden.give', to: 'k2', card: 'loves-reading' });

    const t = tab(h, 1);
    expect(Object.keys(t).sort()).toEqual([
      'activity',
      'canPick',
      'deck',
      'labels',
      'maxSelfPicks',
      'myGarden',
      'myPicks',
      'peers',
      'perPeerCap',
      'phase',
      'prompt',
    ]);
    expect(t.myPicks).toEqual(['patient']);
    expect(t.myGarden.map((f) => [f.card.id, f.from])).toEqual([
      ['patient', 'self'],
      ['good-at-singing', 'peer'],
      ['loves-reading', 'peer'],
    ]);
    expect(t.myGarden[2]!.card.speak.en).toBe('Loves reading');
    expect(t.labels.myGarden).toEqual({ en: 'My garden', 'zh-CN': '我的花园' });
    // k1 gave k3 a card: k2's tablet knows nothing of it, nor of anyone's picks but its own.
    for (const p of t.peers) expect(Object.keys(p).sort()).toEqual(['avatar', 'canGive', 'childId', 'givenByMe', 'nickname', 'sparkle']);
    expect(t.peers.map((p) => [p.childId, p.givenByMe])).toEqual([
      ['k1', []],
      ['k3', []],
      ['k4', []],
    ]);
    const withoutDeck = JSON.stringify({ ...t, deck: [] });
    for (const other of ['curious', 'creative', 'good-at-music']) expect(withoutDeck).not.toContain(other);
    expect(t.deck.map((c) => c.id)).toEqual([...STRENGTH_CARD_IDS]);
    expect(tab(h, 0).peers.find((p) => p.childId === 'k3')!.givenByMe).toEqual(['good-at-music']);
    expect(tab(h, 0).myGarden.map((f) => f.card.id)).toEqual(['curious']);
  });

  it('the console sees picks and every gift (for the sociogram), including children who left', async () => {
    const h = await started(3);
    await h.child(2, { type: 'garden.pick', card: 'honest' });
    await toGive(h);
    await h.child(2, { type: 'garden.give', to: 'k1', card: 'polite' });
    await leave(h, 2);
    const c = con(h);
    expect(c.children.map((r) => [r.childId, r.present, r.picks])).toEqual([
      ['k1', true, []],
      ['k2', true, []],
      ['k3', false, ['honest']],
    ]);
    expect(c.gifts).toEqual([{ from: 'k3', to: 'k1', card: 'polite', at: h.clock.now }]);
    expect(c.receivedNone).toEqual(['k2']);
    expect(c.givenNone).toEqual(['k1', 'k2']);
  });
});

describe('the fold', () => {
  it('un-pick removes only that card; picks and gifts replay from events alone', () => {
    let s = initialStrengthGarden({ maxSelfPicks: 3, perPeerCap: 3 });
    s = applyStrengthGarden(s, { type: 'garden.self-picked', payload: { childId: 'a', card: 'kind' } }, 10);
    s = applyStrengthGarden(s, { type: 'garden.self-picked', payload: { childId: 'a', card: 'brave' } }, 20);
    s = applyStrengthGarden(s, { type: 'garden.self-unpicked', payload: { childId: 'a', card: 'kind' } }, 30);
    s = applyStrengthGarden(s, { type: 'garden.phase', payload: { phase: 'give' } }, 40);
    s = applyStrengthGarden(s, { type: 'garden.given', payload: { from: 'b', to: 'a', card: 'kind' } }, 50);
    expect(s).toMatchObject({
      phase: 'give',
      phaseSince: 40,
      picks: { a: [{ card: 'brave', at: 20 }] },
      gifts: [{ from: 'b', to: 'a', card: 'kind', at: 50 }],
    });
  });
});
