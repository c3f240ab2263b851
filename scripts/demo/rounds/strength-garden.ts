// A Strength Garden round: children pick strengths for themselves, then give cards to friends; nobody is left without one.
import { STRENGTH_CARD_IDS, type StrengthCardId, type StrengthGardenConsole, type StrengthGardenTablet } from '../../../shared/activities/strength-garden';
import { fill } from '../../../shared/i18n';
import type { ConsoleView, TabletView } from '../../../shared/session/views';
import type { DemoChild } from '../roster';
import type { Prng } from '../../../shared/random/seeded';
import type { PlayContext, RoundOutcome } from './context';

export interface GardenScript {
  kind: 'strength-garden';
  /** The child the facilitator nudges for as giving starts (new in the group, no flower yet). */
  nudgeFor: string;
}

const gardenOf = (v: ConsoleView): StrengthGardenConsole | null => (v.round?.activity === 'strength-garden' ? (v.round.view as StrengthGardenConsole) : null);
const tabletGarden = (v: TabletView): StrengthGardenTablet | null => (v.round?.activity === 'strength-garden' ? (v.round.view as StrengthGardenTablet) : null);

interface Gift {
  from: DemoChild;
  to: DemoChild;
  card: StrengthCardId;
}

function distinctCards(prng: Prng, n: number, avoid: readonly StrengthCardId[] = []): StrengthCardId[] {
  const out: StrengthCardId[] = [];
  while (out.length < n) {
    const card = prng.pick(STRENGTH_CARD_IDS);
    if (!out.includes(card) && !avoid.includes(card)) out.push(card);
  }
  return out;
}

/** Two cards to the friend, one to someone else; then a card for anyone still without one (the nudged child last). */
function planGifts(ctx: PlayContext, nudged: DemoChild | undefined): Gift[] {
  const { present, prng } = ctx;
  const gifts: Gift[] = [];
  for (const from of present) {
    const friend = present.find((c) => c.key === from.friend);
    const others = present.filter((c) => c !== from && c !== friend && c !== nudged);
    if (friend) for (const card of distinctCards(prng, 2)) gifts.push({ from, to: friend, card });
    if (others.length > 0) gifts.push({ from, to: prng.pick(others), card: prng.pick(STRENGTH_CARD_IDS) });
  }
  for (const to of present) {
    if (gifts.some((g) => g.to === to)) continue;
    const from = prng.pick(present.filter((c) => c !== to));
    gifts.push({ from, to, card: prng.pick(STRENGTH_CARD_IDS) });
  }
  // A giver gives each card to a friend only once.
  return gifts.filter((g, i) => gifts.findIndex((x) => x.from === g.from && x.to === g.to && x.card === g.card) === i);
}

export async function playStrengthGarden(ctx: PlayContext, planIndex: number, script: GardenScript): Promise<RoundOutcome> {
  const { room, prng } = ctx;
  const nudged = ctx.present.find((c) => c.key === script.nudgeFor);
  const picks = new Map(ctx.present.map((c) => [c.key, distinctCards(prng, prng.int(1, 3))]));
  const gifts = planGifts(ctx, nudged);
  const number = await room.startPlanned(planIndex, 'strength-garden');

  // Phase 1: up to three strengths for oneself.
  for (const child of ctx.present) {
    const tablet = room.tablet(child);
    await tablet.until('the strength cards', (v) => tabletGarden(v)?.phase === 'self');
    for (const card of picks.get(child.key)!) {
      await ctx.airtime(prng.int(40, 100));
      await tablet.send({ type: 'garden.pick', card });
    }
  }
  // Phase 2: giving to friends; the facilitator nudges for the child who is new first.
  await room.console.send({ type: 'garden.set-phase', phase: 'give' });
  await room.console.until('the giving phase', (v) => gardenOf(v)?.phase === 'give');
  if (nudged) {
    const id = room.id(nudged);
    await room.console.send({ type: 'garden.nudge', childId: id });
    await room.console.until(`the nudge for ${nudged.nickname}`, (v) => gardenOf(v)?.featured.includes(id) ?? false);
  }
  for (const gift of gifts) {
    const tablet = room.tablet(gift.from);
    await tablet.until('friends to give to', (v) => (tabletGarden(v)?.peers.length ?? 0) > 0);
    await ctx.airtime(prng.int(40, 100));
    await tablet.send({ type: 'garden.give', to: room.id(gift.to), card: gift.card });
  }
  await room.console.until('every card in the garden', (v) => (gardenOf(v)?.gifts.length ?? 0) >= gifts.length);
  // Phase 3: everyone looks at the gardens together, then the facilitator closes the round.
  await room.console.send({ type: 'garden.set-phase', phase: 'garden' });
  await room.console.until('the gardens', (v) => gardenOf(v)?.phase === 'garden');
  await ctx.airtime(500);
  await room.endRound(number);
  const picked = [...picks.values()].reduce((s, p) => s + p.length, 0);
  return { detail: fill(ctx.t.gardenDetail, { picked, given: gifts.length }) };
}
