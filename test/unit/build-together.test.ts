// Build Together through the activity harness: deal, own pieces, hints, completion with everyone, turns, help, presence.
import { describe, expect, it } from 'vitest';
import type { BuildTogetherConsole, BuildTogetherScreen, BuildTogetherTablet } from '../../shared/activities/build-together';
import { piecesOf } from '../../shared/activities/build-together/pieces';
import { foldEvents } from '../../shared/session/reducer';
import type { ConsoleView } from '../../shared/session/views';
import { harness, type Harness } from '../support/activity-harness';

const tab = (h: Harness, i: number) => h.tabletView(i).round!.view as BuildTogetherTablet;
const scr = (h: Harness) => h.screenView().round!.view as BuildTogetherScreen;
const con = (h: Harness) => h.consoleView().round!.view as BuildTogetherConsole;
const spotFor = (v: BuildTogetherTablet, piece: { shape: string; colour: string }) =>
  v.slots.find((s) => !s.filled && s.shape === piece.shape && s.colour === piece.colour)!;
const wrongSpotFor = (v: BuildTogetherTablet, piece: { shape: string }) => v.slots.find((s) => !s.filled && s.shape !== piece.shape)!;
const ofType = async (h: Harness, type: string) => (await h.events()).filter((e) => e.type === type);

async function placeOne(h: Harness, i: number, at = 0) {
  const v = tab(h, i);
  const piece = v.hand[at]!;
  return h.child(i, { type: 'build.place', pieceId: piece.pieceId, slotId: spotFor(v, piece).slotId });
}

/** Child i places every piece in hand (stops if the round closes). */
async function placeAll(h: Harness, i: number) {
  while (h.tabletView(i).round && tab(h, i).hand.length > 0) expect(await placeOne(h, i)).toMatchObject({ ok: true });
}

/** All hands on the console plus the placed pieces: every piece of the design exactly once. */
function piecesAccountedFor(h: Harness): string[] {
  const c = con(h);
  const held = c.children.flatMap((x) => x.hand);
  const placed = scr(h).slots.filter((s) => s.filled).length;
  expect(held.length + placed).toBe(c.total);
  return held;
}

describe('Build Together', () => {
  it('deals every piece once, different hands to each child, and logs the deal', async () => {
    const h = await harness(5);
    expect(await h.staff({ type: 'round.start', activity: 'build-together', settings: { design: 'bridge' } })).toMatchObject({ ok: true });
    const [dealt] = await ofType(h, 'build.dealt');
    const hands = dealt!.payload as { hands: Record<string, string[]>; reason: string };
    expect(hands.reason).toBe('start');
    expect(Object.keys(hands.hands)).toEqual(h.ids);
    const all = Object.values(hands.hands).flat();
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual(
      piecesOf('bridge')
        .map((p) => p.id)
        .sort(),
    );
    for (const [i, id] of h.ids.entries()) {
      expect(hands.hands[id]!.length).toBeGreaterThanOrEqual(5);
      expect(tab(h, i).hand.map((p) => p.pieceId)).toEqual(hands.hands[id]);
    }
    expect(scr(h)).toMatchObject({
      design: { id: 'bridge', picture: 'bridge', backdrop: 'river', width: 1200, height: 800 },
      filledCount: 0,
      total: 26,
      turn: null,
      completed: null,
    });
  });

  it('completes only when every present child has placed: one child cannot finish alone', async () => {
    const h = await harness(3);
    await h.staff({ type: 'round.start', activity: 'build-together', settings: { design: 'rocket' } });
    h.wait(1000);
    const first = await placeOne(h, 0);
    expect(first).toMatchObject({ ok: true });
    expect((await ofType(h, 'build.placed')).at(-1)!.payload).toMatchObject({ childId: 'k1', latencyMs: null });
    await placeAll(h, 0);
    // Child 1 has nothing left to place, the picture is not complete, and it waits for the others.
    expect(tab(h, 0)).toMatchObject({ hand: [], canPlace: false, placedAny: true, completed: false });
    expect(con(h).notYet).toEqual(['k2', 'k3']);
    expect(scr(h).children.map((c) => [c.childId, c.placed, c.hasPieces])).toEqual([
      ['k1', true, false],
      ['k2', false, true],
      ['k3', false, true],
    ]);
    await placeAll(h, 1);
    expect(h.consoleView().round).not.toBeNull();
    h.wait(60_000);
    await placeAll(h, 2);
    // The last piece closed the round: placed → completed → round.ended, in one step.
    expect(h.consoleView().round).toBeNull();
    const types = (await h.events()).map((e) => e.type);
    expect(types.slice(-3)).toEqual(['build.placed', 'build.completed', 'round.ended']);
    expect((await ofType(h, 'build.completed'))[0]!.payload).toEqual({ by: ['k1', 'k2', 'k3'], durationMs: 61_000 });
    expect(h.consoleView().roundsDone.at(-1)).toMatchObject({ activity: 'build-together', reason: 'complete' });
    expect(await ofType(h, 'build.placed')).toHaveLength(24);
  });

  it('a child places only its own pieces; a wrong place is a gentle hint and logs nothing', async () => {
    const h = await harness(3);
    await h.staff({ type: 'round.start', activity: 'build-together', settings: { design: 'house' } });
    const hands = [0, 1, 2].map((i) => tab(h, i).hand);
    const kind = (p: { shape: string; colour: string }) => `${p.shape}/${p.colour}`;
    // A piece of k1's whose kind another piece shares (to try its place again later).
    const piece = hands[0]!.find((p) => hands.flat().some((q) => q.pieceId !== p.pieceId && kind(q) === kind(p)))!;
    const mine = tab(h, 0);
    const theirs = hands[1]![0]!;
    const count = (await h.events()).length;
    expect(await h.child(0, { type: 'build.place', pieceId: theirs.pieceId, slotId: spotFor(mine, theirs).slotId })).toEqual({
      ok: false,
      code: 'build.not_your_piece',
    });
    expect(await h.child(0, { type: 'build.place', pieceId: piece.pieceId, slotId: wrongSpotFor(mine, piece).slotId })).toEqual({
      ok: false,
      code: 'build.wrong_place',
    });
    expect(await h.child(0, { type: 'build.place', pieceId: piece.pieceId, slotId: 'nowhere-1' })).toEqual({ ok: false, code: 'build.wrong_place' });
    expect(await h.staff({ type: 'build.place', pieceId: piece.pieceId, slotId: spotFor(mine, piece).slotId })).toEqual({ ok: false, code: 'role.denied' });
    expect(await h.child(0, { type: 'build.pass' })).toEqual({ ok: false, code: 'build.no_turns' });
    expect(await h.staff({ type: 'build.offer' })).toEqual({ ok: false, code: 'build.no_turns' });
    expect((await h.events()).length).toBe(count);
    const spot = spotFor(mine, piece);
    expect(await h.child(0, { type: 'build.place', pieceId: piece.pieceId, slotId: spot.slotId })).toMatchObject({ ok: true });
    // The same place again, with a piece of the same kind: already filled.
    const holder = hands.findIndex((hand) => hand.some((q) => q.pieceId !== piece.pieceId && kind(q) === kind(piece)));
    const twin = hands[holder]!.find((q) => q.pieceId !== piece.pieceId && kind(q) === kind(piece))!;
    expect(await h.child(holder, { type: 'build.place', pieceId: twin.pieceId, slotId: spot.slotId })).toEqual({ ok: false, code: 'build.slot_taken' });
    expect(scr(h).slots.find((s) => s.slotId === spot.slotId)).toMatchObject({ filled: true, filledBy: 'k1' });
    expect(tab(h, 0).slots.find((s) => s.slotId === spot.slotId)).toMatchObject({ filled: true, mine: true });
  });

  it('taking turns: fair order, only the child on turn places, passing moves on and is never penalised', async () => {
    const h = await harness(3);
    await h.staff({ type: 'round.start', activity: 'build-together', settings: { design: 'tree', turnMode: 'turns' } });
    expect((await ofType(h, 'build.turn-offered')).map((e) => e.payload)).toEqual([{ childId: 'k1' }]);
    expect(scr(h).turn?.childId).toBe('k1');
    expect(tab(h, 0)).toMatchObject({ myTurn: true, canPlace: true, canPass: true });
    expect(tab(h, 1)).toMatchObject({ myTurn: false, canPlace: false, canPass: false, turn: { childId: 'k1', nickname: 'Kid 1' } });
    expect(await placeOne(h, 1)).toEqual({ ok: false, code: 'build.not_your_turn' });
    expect(await h.child(1, { type: 'build.pass' })).toEqual({ ok: false, code: 'build.not_your_turn' });
    // Cheering goes to the child on turn.
    await h.child(1, { type: 'reaction', kind: 'clap' });
    expect((await ofType(h, 'reaction.sent')).at(-1)!.payload).toMatchObject({ childId: 'k2', to: 'k1' });
    h.wait(3000);
    expect(await placeOne(h, 0)).toMatchObject({ ok: true });
    expect((await ofType(h, 'build.placed')).at(-1)!.payload).toMatchObject({ childId: 'k1', latencyMs: 3000 });
    // Fewest placed first: k2 and k3 (0 each, never had a turn) before k1; then roster order.
    expect(scr(h).turn?.childId).toBe('k2');
    expect(con(h).queue).toEqual(['k3', 'k1']);
    expect(await placeOne(h, 0)).toEqual({ ok: false, code: 'build.not_your_turn' });
    expect(await h.child(1, { type: 'build.pass' })).toMatchObject({ ok: true });
    expect(scr(h).turn?.childId).toBe('k3');
    await placeOne(h, 2);
    // k2 has placed fewest (a pass is no piece) and is offered again: passing never lost them a turn.
    expect(scr(h).turn?.childId).toBe('k2');
    await h.child(1, { type: 'build.pass' });
    // k2 just passed: the others go first (k1 waited longer than k3).
    expect(scr(h).turn?.childId).toBe('k1');
    expect((await h.events()).slice(-4).map((e) => [e.type, e.payload])).toEqual([
      ['build.placed', expect.objectContaining({ childId: 'k3' })],
      ['build.turn-offered', { childId: 'k2' }],
      ['build.turn-passed', { childId: 'k2' }],
      ['build.turn-offered', { childId: 'k1' }],
    ]);
    expect(con(h).children.map((c) => [c.childId, c.placed, c.passes])).toEqual([
      ['k1', 1, 0],
      ['k2', 0, 2],
      ['k3', 1, 0],
    ]);
    // The facilitator may hand the turn to someone; not in free mode, not to someone without pieces.
    expect(await h.staff({ type: 'build.offer', childId: 'k3' })).toMatchObject({ ok: true });
    expect(scr(h).turn?.childId).toBe('k3');
    expect(await h.staff({ type: 'build.offer', childId: 'nobody' })).toEqual({ ok: false, code: 'build.nobody' });
    // "Next" skips the child on turn, and k2, whose turn ended last (a pass), while k1 can go.
    expect(await h.staff({ type: 'build.offer' })).toMatchObject({ ok: true });
    expect(scr(h).turn?.childId).toBe('k1');
  });

  it('help: asked, shown on the screen, given by a peer (who → whom), then shown on the asker’s tablet', async () => {
    const h = await harness(3);
    await h.staff({ type: 'round.start', activity: 'build-together', settings: { design: 'house' } });
    const piece = tab(h, 0).hand[0]!;
    expect(await h.child(0, { type: 'build.ask-help', pieceId: tab(h, 1).hand[0]!.pieceId })).toEqual({ ok: false, code: 'build.not_your_piece' });
    expect(await h.child(0, { type: 'build.ask-help', pieceId: piece.pieceId })).toMatchObject({ ok: true });
    expect(await h.child(0, { type: 'build.ask-help', pieceId: piece.pieceId })).toEqual({ ok: false, code: 'build.already_asked' });
    expect((await ofType(h, 'build.help-asked')).map((e) => e.payload)).toEqual([{ childId: 'k1', pieceId: piece.pieceId }]);
    const fitting = tab(h, 0)
      .slots.filter((s) => s.shape === piece.shape && s.colour === piece.colour)
      .map((s) => s.slotId);
    const help = scr(h).help;
    expect(help).toEqual([
      {
        child: { childId: 'k1', nickname: 'Kid 1', avatar: 'cat' },
        look: expect.objectContaining({ shape: piece.shape, colour: piece.colour }),
        slots: fitting,
        helpedBy: null,
      },
    ]);
    expect(
      scr(h)
        .slots.filter((s) => s.highlight)
        .map((s) => s.slotId),
    ).toEqual(fitting);
    expect(scr(h).children[0]!.askingHelp).toBe(true);
    // Peers see who asks (and for what look), never that child's piece ids.
    expect(tab(h, 1).friendsAsking).toEqual([{ child: { childId: 'k1', nickname: 'Kid 1', avatar: 'cat' }, look: help[0]!.look }]);
    expect(tab(h, 0).myHelp).toMatchObject({ pieceId: piece.pieceId, helpedBy: null, hint: [] });
    expect(await h.child(0, { type: 'build.help', to: 'k1' })).toEqual({ ok: false, code: 'build.no_help_needed' });
    expect(await h.child(2, { type: 'build.help', to: 'k2' })).toEqual({ ok: false, code: 'build.no_help_needed' });
    expect(await h.child(1, { type: 'build.help', to: 'k1' })).toMatchObject({ ok: true });
    expect((await ofType(h, 'build.help-given')).map((e) => e.payload)).toEqual([{ from: 'k2', to: 'k1', pieceId: piece.pieceId }]);
    expect(tab(h, 0).myHelp).toMatchObject({ helpedBy: { childId: 'k2' }, hint: fitting });
    expect(tab(h, 1).friendsAsking).toEqual([]);
    expect(await h.child(2, { type: 'build.help', to: 'k1' })).toEqual({ ok: false, code: 'build.no_help_needed' });
    await h.child(0, { type: 'build.place', pieceId: piece.pieceId, slotId: fitting[0]! });
    expect(tab(h, 0).myHelp).toBeNull();
    expect(scr(h).help).toEqual([]);
  });

  it('with hints off, a help request shows who needs which piece but not where it goes', async () => {
    const h = await harness(2);
    await h.staff({ type: 'round.start', activity: 'build-together', settings: { design: 'tree', showHints: false } });
    const piece = tab(h, 0).hand[0]!;
    await h.child(0, { type: 'build.ask-help', pieceId: piece.pieceId });
    expect(scr(h).help[0]).toMatchObject({ child: { childId: 'k1' }, slots: [] });
    expect(scr(h).slots.some((s) => s.highlight)).toBe(false);
    await h.child(1, { type: 'build.help', to: 'k1' });
    expect(tab(h, 0).myHelp).toMatchObject({ helpedBy: { childId: 'k2' }, hint: [] });
  });

  it('views: the tablet holds only its own hand and whose turn it is; the screen ranks nobody', async () => {
    const h = await harness(4);
    await h.staff({ type: 'round.start', activity: 'build-together', settings: { design: 'bridge', turnMode: 'turns' } });
    await h.child(1, { type: 'build.ask-help', pieceId: tab(h, 1).hand[0]!.pieceId });
    const others = con(h)
      .children.filter((c) => c.childId !== 'k1')
      .flatMap((c) => c.hand);
    const json = JSON.stringify(tab(h, 0));
    for (const p of others) expect(json).not.toContain(`"${p}"`);
    for (const p of tab(h, 0).hand) expect(con(h).children[0]!.hand).toContain(p.pieceId);
    expect(tab(h, 0).turn?.childId).toBe('k1');
    // The screen shows the picture, whose turn and who has joined in — as flags, never as counts per child.
    for (const c of scr(h).children) expect(Object.values(c).every((x) => typeof x !== 'number')).toBe(true);
    expect(JSON.stringify(scr(h))).not.toMatch(/"p-[a-z]+-\d+"/);
  });

  it('a child who leaves gives back their pieces; nothing is lost and the turn moves on', async () => {
    const h = await harness(4);
    await h.staff({ type: 'round.start', activity: 'build-together', settings: { design: 'house', turnMode: 'turns' } });
    await placeOne(h, 0);
    expect(scr(h).turn?.childId).toBe('k2');
    const before = con(h).children.map((c) => c.hand.length);
    h.room.detach(h.tablets[1]!.id);
    await h.console.until<ConsoleView>(
      (v) => !(v.round!.view as BuildTogetherConsole).children[1]!.present && (v.round!.view as BuildTogetherConsole).turn?.childId !== 'k2',
    );
    const deal = (await ofType(h, 'build.dealt')).at(-1)!.payload as { hands: Record<string, string[]>; reason: string };
    expect(deal.reason).toBe('left');
    expect(Object.keys(deal.hands)).toEqual(['k1', 'k3', 'k4']);
    const after = con(h).children.map((c) => c.hand.length);
    expect(after[1]).toBe(0);
    expect(after[0]! + after[2]! + after[3]!).toBe(before.reduce((a, b) => a + b, 0));
    for (const i of [0, 2, 3]) expect(after[i]!).toBeGreaterThanOrEqual(before[i]!);
    piecesAccountedFor(h);
    // k2's offer is gone with k2: the fair order continues with k3.
    expect(scr(h).turn?.childId).toBe('k3');
    expect(scr(h).children.map((c) => c.childId)).toEqual(['k1', 'k3', 'k4']);
  });

  it('a child who joins late gets a share of the pieces (at least one), taken from the fullest hands', async () => {
    const h = await harness(4);
    h.room.detach(h.tablets[3]!.id);
    await h.console.until<ConsoleView>((v) => !v.seats[3]!.connected);
    await h.staff({ type: 'round.start', activity: 'build-together', settings: { design: 'rocket' } });
    const start = (await ofType(h, 'build.dealt'))[0]!.payload as { hands: Record<string, string[]> };
    expect(Object.keys(start.hands)).toEqual(['k1', 'k2', 'k3']);
    await placeAll(h, 0);
    h.room.attach(h.tablets[3]!);
    await h.console.until<ConsoleView>((v) => (v.round!.view as BuildTogetherConsole).children[3]!.hand.length > 0);
    const deal = (await ofType(h, 'build.dealt')).at(-1)!.payload as { hands: Record<string, string[]>; reason: string };
    expect(deal.reason).toBe('joined');
    // 16 pieces left for 4 children: a share of 4 each for the newcomer, nobody else drops below it.
    const sizes = con(h).children.map((c) => c.hand.length);
    expect(sizes).toEqual([0, 6, 6, 4]);
    expect(tab(h, 3).hand).toHaveLength(4);
    piecesAccountedFor(h);
    // Now the picture needs k4 too.
    await placeAll(h, 1);
    await placeAll(h, 2);
    expect(h.consoleView().round).not.toBeNull();
    expect(con(h).notYet).toEqual(['k4']);
    await placeAll(h, 3);
    expect((await ofType(h, 'build.completed'))[0]!.payload).toMatchObject({ by: ['k1', 'k2', 'k3', 'k4'] });
  });

  it('presence changes during a pause are answered as the round resumes, and the log replays exactly', async () => {
    const h = await harness(3, { seed: 11 });
    await h.staff({ type: 'round.start', activity: 'build-together', settings: { design: 'tree', turnMode: 'turns' } });
    await h.staff({ type: 'round.pause' });
    h.room.detach(h.tablets[0]!.id);
    await h.console.until<ConsoleView>((v) => !v.seats[0]!.connected);
    expect(await ofType(h, 'build.dealt')).toHaveLength(1);
    // k1 (on turn) left while paused: resuming deals again and hands the turn on.
    expect(await h.staff({ type: 'round.resume' })).toMatchObject({ ok: true });
    const since = (await h.events()).findLastIndex((e) => e.type === 'round.resumed');
    expect((await h.events()).slice(since).map((e) => e.type)).toEqual(['round.resumed', 'build.dealt', 'build.turn-offered']);
    expect((await h.events()).at(-1)!.payload).toEqual({ childId: 'k2' });
    piecesAccountedFor(h);
    expect(con(h).children[0]!.hand).toEqual([]);
    expect(await placeOne(h, 1)).toMatchObject({ ok: true });
    expect(foldEvents('harness', await h.events())).toEqual(h.room.snapshot);
  });
});
