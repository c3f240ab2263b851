// Build Together's pure parts: design data, the deals, the fair turn order, the finale, past turns, settings.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { redeal, startDeal } from '../../shared/activities/build-together/deal';
import { DESIGNS, DESIGN_IDS } from '../../shared/activities/build-together/designs';
import { buildTogetherFinale } from '../../shared/activities/build-together/finale';
import { pastTurnsByActivity } from '../../shared/session/past-turns';
import { fittingSlots, piecesOf } from '../../shared/activities/build-together/pieces';
import { BuildTogetherSettingsSchema } from '../../shared/activities/build-together/settings';
import { COLOUR_IDS, pieceLook, SHAPE_IDS } from '../../shared/activities/build-together/shapes';
import { initialBuildTogether, type BuildTogetherState } from '../../shared/activities/build-together/state';
import { turnOrder } from '../../shared/activities/build-together/turns';
import { buildTogetherScreen } from '../../shared/activities/build-together/views';
import type { ActivityContext } from '../../shared/activities/activity';
import { seeded } from '../../shared/random/seeded';

const settings = (over: Partial<BuildTogetherState['settings']> = {}) => v.parse(BuildTogetherSettingsSchema, over);
const ids = piecesOf('rocket').map((p) => p.id);
/** A rocket round where the given pieces are placed (by `by`, in slot order of the pieces) and the hands are as given. */
function rocket(hands: Record<string, string[]>, placedBy: Record<string, string[]> = {}): BuildTogetherState {
  const s = initialBuildTogether(settings({ design: 'rocket' }));
  const placed: BuildTogetherState['placed'] = {};
  const counts: Record<string, number> = {};
  for (const [childId, pieces] of Object.entries(placedBy)) {
    for (const pieceId of pieces) placed[pieceId.slice(2)] = { pieceId, childId, at: 1 };
    counts[childId] = pieces.length;
  }
  return { ...s, startedAt: 0, hands, placed, placedBy: counts };
}
const ctx = (present: string[]): ActivityContext => ({
  now: 0,
  roster: ['a', 'b', 'c', 'd'].map((c) => ({ childId: c, nickname: c.toUpperCase(), avatar: 'cat' })),
  present,
  history: {},
  random: () => 0,
});

describe('Build Together designs', () => {
  it('has at least four designs, each with pieces for 12 children and places that never overlap', () => {
    expect(DESIGN_IDS.length).toBeGreaterThanOrEqual(4);
    for (const id of DESIGN_IDS) {
      const d = DESIGNS[id];
      expect(d.id).toBe(id);
      expect(d.name.en.length > 0 && d.name['zh-CN'].length > 0).toBe(true);
      expect(d.slots.length).toBeGreaterThanOrEqual(24);
      expect(d.slots.length).toBeLessThanOrEqual(30);
      expect(new Set(d.slots.map((s) => s.id)).size).toBe(d.slots.length);
      const odd = d.slots.filter(
        (s) =>
          !SHAPE_IDS.includes(s.shape) ||
          !COLOUR_IDS.includes(s.colour) ||
          s.x < 0 ||
          s.y < 0 ||
          s.w <= 0 ||
          s.h <= 0 ||
          s.x + s.w > d.width ||
          s.y + s.h > d.height,
      );
      expect(odd, id).toEqual([]);
      const overlaps = d.slots.flatMap((a, i) =>
        d.slots
          .slice(i + 1)
          .filter((b) => !(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y))
          .map((b) => `${a.id}/${b.id}`),
      );
      expect(overlaps, id).toEqual([]);
      // Within a design a shape has one colour: the shape alone tells a piece's kind, colour backs it up.
      const colours = new Map<string, Set<string>>();
      for (const s of d.slots) colours.set(s.shape, (colours.get(s.shape) ?? new Set<string>()).add(s.colour));
      for (const [shape, set] of colours) expect(set.size, `${id}: ${shape}`).toBe(1);
    }
  });

  it('labels a piece for read-aloud in both languages, and a piece fits every empty place of its kind', () => {
    expect(pieceLook('brick', 'orange')).toEqual({ shape: 'brick', colour: 'orange', hex: '#E69F00', label: { en: 'orange brick', 'zh-CN': '橙色的砖块' } });
    expect(fittingSlots('rocket', 'p-fin-1', {})).toEqual(['fin-1', 'fin-2']);
    expect(fittingSlots('rocket', 'p-fin-1', { 'fin-2': true })).toEqual(['fin-1']);
    expect(fittingSlots('rocket', 'p-nope-1', {})).toEqual([]);
  });
});

describe('Build Together deals', () => {
  it('the start deal uses every piece once and hands differ by at most one piece', () => {
    const deal = startDeal(rocket({}), ['a', 'b', 'c', 'd', 'e'], seeded(3));
    const sizes = Object.values(deal.payload.hands).map((h) => h.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(Object.values(deal.payload.hands).flat().sort()).toEqual([...ids].sort());
    expect(startDeal(rocket({}), ['a', 'b', 'c', 'd', 'e'], seeded(3))).toEqual(deal);
    expect(startDeal(rocket({}), [], seeded(3)).payload.hands).toEqual({});
  });

  it('deals again only when who is here changed', () => {
    expect(redeal(rocket({ a: ids.slice(0, 12), b: ids.slice(12) }), ['a', 'b'])).toBeNull();
  });

  it('nobody here: the pieces wait, and the first child to arrive gets them all', () => {
    const gone = redeal(rocket({ a: ids.slice(0, 12), b: ids.slice(12) }), [])!;
    expect(gone.payload).toEqual({ hands: {}, reason: 'left' });
    const back = redeal({ ...rocket({}), hands: {} }, ['c'])!;
    expect(back.payload.reason).toBe('joined');
    expect(back.payload.hands.c!.sort()).toEqual([...ids].sort());
  });

  it('with fewer pieces than children, a newcomer gets a lone piece of a child who already placed', () => {
    const placed = ids.slice(2);
    const s = rocket({ a: [ids[0]!], b: [ids[1]!] }, { a: placed.slice(0, 11), b: placed.slice(11) });
    expect(redeal(s, ['a', 'b', 'c'])!.payload.hands).toEqual({ a: [], b: [ids[1]], c: [ids[0]] });
  });

  it('never takes the only piece of a child who has yet to place', () => {
    const s = rocket({ a: [ids[0]!], b: [] }, { b: ids.slice(1) });
    expect(redeal(s, ['a', 'b', 'c'])!.payload.hands).toEqual({ a: [ids[0]], b: [], c: [] });
  });

  it('a donor keeps the piece they asked help for', () => {
    const s = { ...rocket({ a: ids.slice(0, 20), b: ids.slice(20) }), help: { a: { pieceId: ids[19]!, at: 0, helpedBy: null } } };
    const hands = redeal(s, ['a', 'b', 'c'])!.payload.hands;
    expect(hands.a).toContain(ids[19]);
    expect(hands.c).toHaveLength(8);
    expect(hands.a).toHaveLength(12);
  });
});

describe('Build Together fair turn order', () => {
  it('fewest placed, then longest wait, then roster order; only present children holding pieces', () => {
    const s: BuildTogetherState = {
      ...rocket({ a: [ids[0]!], b: [ids[1]!], c: [ids[2]!], d: [] }, { a: [ids[3]!] }),
      lastTurnAt: { a: 50, b: 40, c: 30 },
    };
    expect(turnOrder(s, ['a', 'b', 'c', 'd'])).toEqual(['c', 'b', 'a']);
    expect(turnOrder({ ...s, lastTurnAt: {} }, ['a', 'b', 'c'])).toEqual(['b', 'c', 'a']);
    expect(turnOrder(s, ['a', 'b'])).toEqual(['b', 'a']);
    expect(turnOrder(s, ['a', 'b', 'c'], 'c')).toEqual(['b', 'a']);
    // Whose turn just ended waits while anyone else can go; alone, they are asked again.
    expect(turnOrder({ ...s, lastOnTurn: 'c' }, ['a', 'b', 'c'])).toEqual(['b', 'a', 'c']);
    expect(turnOrder({ ...s, lastOnTurn: 'c' }, ['c'])).toEqual(['c']);
  });
});

describe('Build Together finale and past turns', () => {
  it('rebuilds the completed picture with everyone who took part', () => {
    const s = rocket({ a: [], b: [ids[0]!], c: [ids[1]!] }, { a: ids.slice(2, 12), b: ids.slice(12) });
    const last = buildTogetherScreen(s, ctx(['a', 'b', 'c']));
    expect(last.completed).toBeNull();
    expect(last.builders.map((b) => b.childId)).toEqual(['a', 'b']);
    const done = buildTogetherFinale(last);
    expect(done.completed?.by.map((b) => b.childId)).toEqual(['a', 'b', 'c']);
    expect(done.slots.every((x) => x.filled)).toBe(true);
    expect(done.filledCount).toBe(24);
    expect(done.children.every((c) => c.placed && !c.hasPieces)).toBe(true);
  });

  it('counts placed pieces as turns; passes only move the last time', () => {
    const turns = pastTurnsByActivity([
      { type: 'build.placed', payload: { childId: 'a', pieceId: 'p-x-1', slotId: 'x-1', latencyMs: null }, at: 10 },
      { type: 'build.turn-passed', payload: { childId: 'b' }, at: 20 },
      { type: 'build.placed', payload: { childId: 'a', pieceId: 'p-x-2', slotId: 'x-2', latencyMs: 5 }, at: 30 },
      { type: 'star.passed', payload: { from: 'a', to: 'b', heldMs: 1 }, at: 40 },
    ])['build-together'];
    expect(turns).toEqual({ a: { turns: 2, lastAt: 30 }, b: { turns: 0, lastAt: 20 } });
  });

  it('settings default to a house, free building, hints on; unknown designs are refused', () => {
    expect(settings()).toEqual({ design: 'house', turnMode: 'free', showHints: true });
    expect(v.safeParse(BuildTogetherSettingsSchema, { design: 'castle' }).success).toBe(false);
  });
});
