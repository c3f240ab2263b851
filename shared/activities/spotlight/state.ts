// Spotlight state: who is on stage and in which phase, cards used, and each child's turns this round.
import type { SpotlightSettings } from './settings';

export interface ChildTurns {
  presentations: number;
  passes: number;
  lastTurnAt: number | null;
  badges: number;
}

export interface SpotlightState {
  settings: SpotlightSettings;
  phase: 'idle' | 'offered' | 'presenting';
  presenter: string | null;
  card: string | null;
  offeredAt: number | null;
  startedAt: number | null;
  /** Seconds the facilitator added to this turn's guide. */
  extraSeconds: number;
  cardsUsed: string[];
  turns: Record<string, ChildTurns>;
  /** The child whose turn ended most recently (never offered twice in a row while others wait). */
  lastPresenter: string | null;
  /** Invited by the facilitator to go next; cleared when offered the stage. */
  invited: string | null;
}

export function initialSpotlight(settings: SpotlightSettings): SpotlightState {
  return {
    settings,
    phase: 'idle',
    presenter: null,
    card: null,
    offeredAt: null,
    startedAt: null,
    extraSeconds: 0,
    cardsUsed: [],
    turns: {},
    lastPresenter: null,
    invited: null,
  };
}

export function turnsOf(state: SpotlightState, childId: string): ChildTurns {
  return state.turns[childId] ?? { presentations: 0, passes: 0, lastTurnAt: null, badges: 0 };
}
