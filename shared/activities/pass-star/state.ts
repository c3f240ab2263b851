// Pass the Star state: the holder, who has held it this round, and a short trail of passes.
import type { PassStarSettings } from './settings';

export interface StarPass {
  from: string;
  to: string;
  at: number;
}

export interface PassStarState {
  settings: PassStarSettings;
  holder: string | null;
  holderSince: number | null;
  /** Children who have held the star this round, in order of first holding it. */
  held: string[];
  passes: number;
  /** The most recent passes, for the screen's trail. */
  trail: StarPass[];
}

export const TRAIL_LENGTH = 8;

export function initialPassStar(settings: PassStarSettings): PassStarState {
  return { settings, holder: null, holderSince: null, held: [], passes: 0, trail: [] };
}

/** With "everyone once", who may receive next: present children yet to hold it (all, once everyone has). */
export function eligibleReceivers(state: PassStarState, present: readonly string[]): string[] {
  const others = present.filter((c) => c !== state.holder);
  if (!state.settings.everyoneOnce) return others;
  const fresh = others.filter((c) => !state.held.includes(c));
  return fresh.length > 0 ? fresh : others;
}

export function everyoneHasHeld(state: PassStarState, present: readonly string[]): boolean {
  return present.length > 0 && present.every((c) => state.held.includes(c));
}
