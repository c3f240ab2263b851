// The session state: what folding a session's events yields. Plain data, JSON-serialisable.
import type { Observation } from './observations';
import type { PlanSession } from '../programmes/programme';
import type { ReactionKind } from './reactions';
import type { AgeBand, Language, RosterEntry } from './roster';
import type { PlannedRound, RoundState, RoundSummary } from './round-types';

export interface Seat {
  childId: string;
  /** sha-256 of the tablet's seat token; the token itself is never stored or logged. */
  deviceHash: string;
  seatedAt: number;
  connected: boolean;
  /** Server time of the last connect/disconnect (or of seating). */
  presenceSince: number;
}

export interface SeatRequest {
  childId: string;
  deviceHash: string;
  at: number;
}

/** A wave or a cheer, as the screen floats it up: folded on the screen from batch events (shared/session/screen-moments.ts). */
export interface Moment {
  seq: number;
  at: number;
  childId: string;
  kind: 'wave' | ReactionKind;
  /** For reactions: the child in focus they were sent to. */
  to?: string;
}

export interface SessionState {
  version: number;
  sessionId: string;
  startedAt: number;
  endedAt: number | null;
  groupId: string;
  groupName: string;
  language: Language;
  ageBand: AgeBand;
  autoApprove: boolean;
  eyesOn: boolean;
  roster: RosterEntry[];
  /** Occupied seats by child id. */
  seats: Record<string, Seat>;
  /** Pending seat requests by device hash (one per device). */
  requests: Record<string, SeatRequest>;
  /** Recent waves and reactions, newest last, for the screen to animate. */
  /** Recent reaction times per child, for the per-child reaction limit. */
  reactionTimes: Record<string, number[]>;
  plan: PlannedRound[];
  /** Which session of the group's programme the plan is (null: a plan made on the spot). */
  planSession: PlanSession | null;
  round: RoundState | null;
  roundsDone: RoundSummary[];
  /** The facilitator's observation tags, oldest first (undone ones stay, marked). */
  observations: Observation[];
}

export function emptyState(sessionId: string): SessionState {
  return {
    version: 0,
    sessionId,
    startedAt: 0,
    endedAt: null,
    groupId: '',
    groupName: '',
    language: 'en',
    ageBand: '7-12',
    autoApprove: false,
    eyesOn: false,
    roster: [],
    seats: {},
    requests: {},
    reactionTimes: {},
    plan: [],
    planSession: null,
    round: null,
    roundsDone: [],
    observations: [],
  };
}

export function seatOfDevice(state: SessionState, deviceHash: string): Seat | undefined {
  return Object.values(state.seats).find((s) => s.deviceHash === deviceHash);
}

/** Children seated and connected, in roster order: who an activity counts as present. */
export function presentChildren(state: SessionState): string[] {
  return state.roster.filter((r) => state.seats[r.childId]?.connected).map((r) => r.childId);
}

export function rosterEntry(state: SessionState, childId: string): RosterEntry | undefined {
  return state.roster.find((r) => r.childId === childId);
}
