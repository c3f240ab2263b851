// Build Together state: hands, the placed pieces, turns, help requests; and small read helpers over it.
import { DESIGNS } from './designs';
import { piecesOf } from './pieces';
import type { BuildTogetherSettings } from './settings';

export interface PlacedPiece {
  pieceId: string;
  childId: string;
  at: number;
}

export interface HelpRequest {
  pieceId: string;
  at: number;
  /** The peer who pressed help, once someone did. */
  helpedBy: string | null;
}

export interface BuildTogetherState {
  settings: BuildTogetherSettings;
  /** Time of the start deal (the round's start). */
  startedAt: number | null;
  /**
   * Unplaced pieces per child, for exactly the children present at the last deal: a present child
   * missing here has arrived since, one listed here but gone has left (both trigger a new deal).
   */
  hands: Record<string, string[]>;
  /** Slot id → the piece in it. */
  placed: Record<string, PlacedPiece>;
  placedBy: Record<string, number>;
  passes: Record<string, number>;
  /** When each child's last turn ended (a piece placed or a turn passed): "longest wait" in the fair order. */
  lastTurnAt: Record<string, number>;
  /** Turns mode: the child on turn and since when (latency runs from here). */
  turn: { childId: string; since: number } | null;
  /** Whose turn ended last: not offered again at once while anyone else can go. */
  lastOnTurn: string | null;
  /** Open help requests, one per asking child. */
  help: Record<string, HelpRequest>;
  lastPlaced: { childId: string; pieceId: string; slotId: string; at: number } | null;
  completed: { by: string[]; durationMs: number } | null;
}

export function initialBuildTogether(settings: BuildTogetherSettings): BuildTogetherState {
  return {
    settings,
    startedAt: null,
    hands: {},
    placed: {},
    placedBy: {},
    passes: {},
    lastTurnAt: {},
    turn: null,
    lastOnTurn: null,
    help: {},
    lastPlaced: null,
    completed: null,
  };
}

export function totalSlots(state: BuildTogetherState): number {
  return DESIGNS[state.settings.design].slots.length;
}

export function filledCount(state: BuildTogetherState): number {
  return Object.keys(state.placed).length;
}

export function allFilled(state: BuildTogetherState): boolean {
  return filledCount(state) >= totalSlots(state);
}

/** Pieces not placed yet, in design order. */
export function unplacedPieces(state: BuildTogetherState): string[] {
  const used = new Set(Object.values(state.placed).map((p) => p.pieceId));
  return piecesOf(state.settings.design)
    .map((p) => p.id)
    .filter((id) => !used.has(id));
}

export function handOf(state: BuildTogetherState, childId: string): readonly string[] {
  return state.hands[childId] ?? [];
}

export function hasPlaced(state: BuildTogetherState, childId: string): boolean {
  return (state.placedBy[childId] ?? 0) > 0;
}

/** Whether the deal still matches who is here (else pieces must be dealt again). */
export function dealMatches(state: BuildTogetherState, present: readonly string[]): boolean {
  const keys = Object.keys(state.hands);
  return keys.length === present.length && present.every((c) => c in state.hands);
}
