// Strength Garden views: everyone's beds (screen), my picks, friends and my own garden (tablet), who needs a flower (console).
import type { AvatarId } from '../../avatars';
import type { ActivityContext } from '../activity';
import { gardenCard, STRENGTH_CARDS, type GardenCard, type GardenText, type StrengthCardId } from './deck';
import type { GardenPhase } from './events';
import { featured, giftsFromTo, giftsTo, givenNone, picksOf, receivedNone, type GardenGift, type StrengthGardenState } from './state';
import { GARDEN_TEXT, pickPrompt } from './texts';

export interface GardenChild {
  childId: string;
  nickname: string;
  avatar: AvatarId;
}

/**
 * One flower: a card the child holds. `from` tells self-picked and friend-given flowers apart; a friend's
 * flower never says which friend (no popularity contest on the screen, nothing to compare on a tablet).
 * `key` is stable for the flower's life, so scenes can animate the ones that are new.
 */
export interface GardenFlower {
  key: string;
  card: GardenCard;
  from: 'self' | 'peer';
  /** Server time the flower grew. */
  at: number;
}

export interface GardenBed extends GardenChild {
  /** Self-picked flowers first (in the order picked), then friends' flowers in the order they came. */
  flowers: GardenFlower[];
}

export interface GardenLabels {
  title: GardenText;
  myGarden: GardenText;
  fromSelf: GardenText;
  fromPeer: GardenText;
}

/** The shared screen: a bed per present child in seating order (never sorted by flowers), no counts, no names of givers. */
export interface StrengthGardenScreen {
  activity: 'strength-garden';
  phase: GardenPhase;
  prompt: GardenText;
  labels: GardenLabels;
  beds: GardenBed[];
}

/** A friend on a giver's tablet. */
export interface GardenPeer extends GardenChild {
  /** The facilitator's nudge: this friend comes first with a sparkle. Nothing says why. */
  sparkle: boolean;
  /** Cards this tablet's child already gave this friend (each only once: grey them out). */
  givenByMe: StrengthCardId[];
  /** False once this child gave this friend `perPeerCap` cards. */
  canGive: boolean;
}

/** One child's tablet: the deck, their own picks and gifts, their own garden. Nothing of another child's. */
export interface StrengthGardenTablet {
  activity: 'strength-garden';
  phase: GardenPhase;
  prompt: GardenText;
  labels: GardenLabels;
  /** Every card, in deck order, for picking (phase 1) and giving (phase 2). */
  deck: GardenCard[];
  maxSelfPicks: number;
  perPeerCap: number;
  myPicks: StrengthCardId[];
  /** Phase 1 and a free hand: tapping an unpicked card picks it. */
  canPick: boolean;
  /** Phase 2 only (empty in phase 1): present friends, featured ones first, then seating order. */
  peers: GardenPeer[];
  /** The child's own flowers (self and from friends), read aloud in "my garden". */
  myGarden: GardenFlower[];
}

export interface GardenChildRow extends GardenChild {
  present: boolean;
  picks: StrengthCardId[];
  given: number;
  received: number;
  nudged: boolean;
}

/** The facilitator: everything, including who gave what to whom (for the live sociogram and the nudge). */
export interface StrengthGardenConsole {
  activity: 'strength-garden';
  phase: GardenPhase;
  phaseSince: number | null;
  maxSelfPicks: number;
  perPeerCap: number;
  /** Present children and anyone who took part this round, in roster order. */
  children: GardenChildRow[];
  /** Present children without a card from a friend yet: the ones to nudge for. */
  receivedNone: string[];
  /** Present children who have not given a card yet. */
  givenNone: string[];
  /** Nudged children still without a friend's card: sparkling on the givers' tablets now. */
  featured: string[];
  gifts: GardenGift[];
}

const LABELS: GardenLabels = { title: GARDEN_TEXT.title, myGarden: GARDEN_TEXT.myGarden, fromSelf: GARDEN_TEXT.fromSelf, fromPeer: GARDEN_TEXT.fromPeer };

function gardenChild(ctx: ActivityContext, id: string): GardenChild | null {
  const r = ctx.roster.find((e) => e.childId === id);
  return r ? { childId: r.childId, nickname: r.nickname, avatar: r.avatar } : null;
}

const known = <T>(x: T | null): x is T => x !== null;

export function flowersOf(state: StrengthGardenState, childId: string): GardenFlower[] {
  const self = picksOf(state, childId).map((p): GardenFlower => ({ key: `self:${p.card}`, card: gardenCard(p.card), from: 'self', at: p.at }));
  // Gifts are never taken back, so the n-th gift to a child keeps its key.
  const peer = giftsTo(state, childId).map((g, n): GardenFlower => ({ key: `peer:${n}`, card: gardenCard(g.card), from: 'peer', at: g.at }));
  return [...self, ...peer];
}

const prompt = (state: StrengthGardenState): GardenText =>
  state.phase === 'self' ? pickPrompt(state.settings.maxSelfPicks) : state.phase === 'give' ? GARDEN_TEXT.givePrompt : GARDEN_TEXT.gardenPrompt;

export function strengthGardenScreen(state: StrengthGardenState, ctx: ActivityContext): StrengthGardenScreen {
  const beds = ctx.present
    .map((id) => gardenChild(ctx, id))
    .filter(known)
    .map((c) => ({ ...c, flowers: flowersOf(state, c.childId) }));
  return { activity: 'strength-garden', phase: state.phase, prompt: prompt(state), labels: LABELS, beds };
}

function peersFor(state: StrengthGardenState, childId: string, ctx: ActivityContext): GardenPeer[] {
  const shine = featured(state, ctx.present);
  const others = ctx.present.filter((id) => id !== childId);
  const ordered = [...shine.filter((id) => others.includes(id)), ...others.filter((id) => !shine.includes(id))];
  return ordered
    .map((id) => gardenChild(ctx, id))
    .filter(known)
    .map((c) => {
      const mine = giftsFromTo(state, childId, c.childId);
      return { ...c, sparkle: shine.includes(c.childId), givenByMe: mine.map((g) => g.card), canGive: mine.length < state.settings.perPeerCap };
    });
}

export function strengthGardenTablet(state: StrengthGardenState, childId: string, ctx: ActivityContext): StrengthGardenTablet {
  const myPicks = picksOf(state, childId).map((p) => p.card);
  return {
    activity: 'strength-garden',
    phase: state.phase,
    prompt: prompt(state),
    labels: LABELS,
    deck: STRENGTH_CARDS.map((c) => gardenCard(c.id)),
    maxSelfPicks: state.settings.maxSelfPicks,
    perPeerCap: state.settings.perPeerCap,
    myPicks,
    canPick: state.phase === 'self' && myPicks.length < state.settings.maxSelfPicks,
    peers: state.phase === 'give' ? peersFor(state, childId, ctx) : [],
    myGarden: flowersOf(state, childId),
  };
}

export function strengthGardenConsole(state: StrengthGardenState, ctx: ActivityContext): StrengthGardenConsole {
  const took = (id: string) => picksOf(state, id).length > 0 || state.gifts.some((g) => g.from === id || g.to === id);
  const children = ctx.roster
    .filter((r) => ctx.present.includes(r.childId) || took(r.childId))
    .map((r) => ({
      childId: r.childId,
      nickname: r.nickname,
      avatar: r.avatar,
      present: ctx.present.includes(r.childId),
      picks: picksOf(state, r.childId).map((p) => p.card),
      given: state.gifts.filter((g) => g.from === r.childId).length,
      received: state.gifts.filter((g) => g.to === r.childId).length,
      nudged: state.nudged.includes(r.childId),
    }));
  return {
    activity: 'strength-garden',
    phase: state.phase,
    phaseSince: state.phaseSince,
    maxSelfPicks: state.settings.maxSelfPicks,
    perPeerCap: state.settings.perPeerCap,
    children,
    receivedNone: receivedNone(state, ctx.present),
    givenNone: givenNone(state, ctx.present),
    featured: featured(state, ctx.present),
    gifts: state.gifts,
  };
}
