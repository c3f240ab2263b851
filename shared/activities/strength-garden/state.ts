// Strength Garden state: the phase, each child's self picks, every gift, and whom the facilitator featured.
import type { StrengthCardId } from './deck';
import type { GardenPhase } from './events';
import type { StrengthGardenSettings } from './settings';

export interface SelfPick {
  card: StrengthCardId;
  at: number;
}

export interface GardenGift {
  from: string;
  to: string;
  card: StrengthCardId;
  at: number;
}

export interface StrengthGardenState {
  settings: StrengthGardenSettings;
  phase: GardenPhase;
  /** When the current phase began (null: phase 1 since the round's start, before any event). */
  phaseSince: number | null;
  /** Each child's self-picked strengths, in the order picked. */
  picks: Record<string, SelfPick[]>;
  /** Every gift, in order; gifts are never taken back. */
  gifts: GardenGift[];
  /** Children the facilitator nudged, in order of the first nudge (the tablets feature them while they have none). */
  nudged: string[];
}

export function initialStrengthGarden(settings: StrengthGardenSettings): StrengthGardenState {
  return { settings, phase: 'self', phaseSince: null, picks: {}, gifts: [], nudged: [] };
}

export const picksOf = (s: StrengthGardenState, childId: string): SelfPick[] => s.picks[childId] ?? [];

export const giftsTo = (s: StrengthGardenState, childId: string): GardenGift[] => s.gifts.filter((g) => g.to === childId);

export const giftsFromTo = (s: StrengthGardenState, from: string, to: string): GardenGift[] => s.gifts.filter((g) => g.from === from && g.to === to);

/** Present children who have no card from a friend yet (self picks do not count: this is about being seen). */
export function receivedNone(s: StrengthGardenState, present: readonly string[]): string[] {
  return present.filter((id) => !s.gifts.some((g) => g.to === id));
}

export function givenNone(s: StrengthGardenState, present: readonly string[]): string[] {
  return present.filter((id) => !s.gifts.some((g) => g.from === id));
}

/** Nudged children still here and still without a friend's card: givers' tablets show them first, sparkling. */
export function featured(s: StrengthGardenState, present: readonly string[]): string[] {
  const none = new Set(receivedNone(s, present));
  return s.nudged.filter((id) => none.has(id));
}
