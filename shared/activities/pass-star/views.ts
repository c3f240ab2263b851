// Pass the Star views: the circle and trail (screen), holder or watcher (tablet), progress (console).
import type { AvatarId } from '../../avatars';
import type { ActivityContext } from '../activity';
import type { StarPrompt } from './settings';
import { eligibleReceivers, type PassStarState, type StarPass } from './state';

export interface StarChild {
  childId: string;
  nickname: string;
  avatar: AvatarId;
}

export interface PassStarScreen {
  activity: 'pass-star';
  /** Present children in a circle, with whether each has held the star this round. */
  circle: (StarChild & { held: boolean })[];
  holder: string | null;
  trail: StarPass[];
  prompt: StarPrompt;
  /** Who threw the star to the holder (for the "say who threw it" prompt). */
  thrower: string | null;
  everyoneOnce: boolean;
  everyoneHasHeld: boolean;
}

export type PassStarTablet =
  | { activity: 'pass-star'; role: 'holder'; prompt: StarPrompt; thrower: StarChild | null; targets: (StarChild & { available: boolean })[] }
  /** `prompt`: what a receiver says, so the child who gets the very last pass still sees it as the round closes. */
  | { activity: 'pass-star'; role: 'watcher'; holder: StarChild | null; hadTheStar: boolean; prompt: StarPrompt };

export interface PassStarConsole {
  activity: 'pass-star';
  holder: string | null;
  holderSince: number | null;
  held: string[];
  notYet: string[];
  passes: number;
  everyoneOnce: boolean;
  firstHolder: 'random' | 'facilitator';
}

function child(ctx: ActivityContext, childId: string | null): StarChild | null {
  const r = childId === null ? undefined : ctx.roster.find((e) => e.childId === childId);
  return r ? { childId: r.childId, nickname: r.nickname, avatar: r.avatar } : null;
}

function thrower(state: PassStarState): string | null {
  const last = state.trail.at(-1);
  return last && last.to === state.holder ? last.from : null;
}

export function passStarScreen(state: PassStarState, ctx: ActivityContext): PassStarScreen {
  const circle = ctx.present.map((id) => ({ ...child(ctx, id)!, held: state.held.includes(id) }));
  return {
    activity: 'pass-star',
    circle,
    holder: state.holder,
    trail: state.trail,
    prompt: state.settings.prompt,
    thrower: thrower(state),
    everyoneOnce: state.settings.everyoneOnce,
    everyoneHasHeld: circle.length > 0 && circle.every((c) => c.held),
  };
}

export function passStarTablet(state: PassStarState, childId: string, ctx: ActivityContext): PassStarTablet {
  if (state.holder === childId) {
    const eligible = eligibleReceivers(state, ctx.present);
    const targets = ctx.present.filter((id) => id !== childId).map((id) => ({ ...child(ctx, id)!, available: eligible.includes(id) }));
    return { activity: 'pass-star', role: 'holder', prompt: state.settings.prompt, thrower: child(ctx, thrower(state)), targets };
  }
  return { activity: 'pass-star', role: 'watcher', holder: child(ctx, state.holder), hadTheStar: state.held.includes(childId), prompt: state.settings.prompt };
}

export function passStarConsole(state: PassStarState, ctx: ActivityContext): PassStarConsole {
  return {
    activity: 'pass-star',
    holder: state.holder,
    holderSince: state.holderSince,
    held: state.held,
    notYet: ctx.present.filter((id) => !state.held.includes(id)),
    passes: state.passes,
    everyoneOnce: state.settings.everyoneOnce,
    firstHolder: state.settings.firstHolder,
  };
}
