// Rounds: a session runs a sequence of rounds, each one activity with its settings, timer and state.
import type { PastTurns } from '../activities/activity';
import type { ActivityId } from '../activities/registry';
import type { PlanSession } from '../programmes/programme';

export interface PlannedRound {
  activity: ActivityId;
  settings: Record<string, unknown>;
  /** The facilitator's note for this round (theme, talking points). */
  note?: string;
}

/** A round's timer: off (null duration) unless the facilitator sets one; hidden from children by default. */
export interface RoundTimer {
  durationMs: number | null;
  visibleToChildren: boolean;
}

export interface RoundState {
  number: number;
  activity: ActivityId;
  settings: unknown;
  planIndex: number | null;
  startedAt: number;
  paused: boolean;
  pausedAt: number | null;
  /** Total time spent paused, so timers and durations skip it. */
  pausedMs: number;
  timer: RoundTimer;
  history: Record<string, PastTurns>;
  /** The activity's own state (opaque to the session layer). */
  data: unknown;
}

export interface RoundSummary {
  number: number;
  activity: ActivityId;
  planIndex: number | null;
  startedAt: number;
  endedAt: number;
  reason: 'staff' | 'complete' | 'session';
}

export type RoundEventBody =
  /** `session`: which session of the group's programme this plan is, when it came from one. */
  | { type: 'plan.set'; payload: { rounds: PlannedRound[]; session?: PlanSession } }
  | {
      type: 'round.started';
      payload: { number: number; activity: ActivityId; settings: unknown; planIndex: number | null; history: Record<string, PastTurns> };
    }
  | { type: 'round.paused'; payload: Record<string, never> }
  | { type: 'round.resumed'; payload: Record<string, never> }
  | { type: 'round.ended'; payload: { reason: 'staff' | 'complete' | 'session' } }
  | { type: 'timer.set'; payload: RoundTimer }
  | { type: 'timer.extended'; payload: { ms: number } };

/** Active time of a round at `now`: wall time minus pauses. */
export function roundElapsedMs(round: RoundState, now: number): number {
  const pausedNow = round.paused && round.pausedAt !== null ? now - round.pausedAt : 0;
  return Math.max(0, now - round.startedAt - round.pausedMs - pausedNow);
}

export function roundRemainingMs(round: RoundState, now: number): number | null {
  return round.timer.durationMs === null ? null : round.timer.durationMs - roundElapsedMs(round, now);
}
