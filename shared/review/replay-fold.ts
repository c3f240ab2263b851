// The session at any moment of its log: the server's own fold (applyEvent) stopped at event k, with checkpoints.
import { applyEvent, foldEvents } from '../session/reducer';
import type { SessionEvent } from '../session/events';
import { emptyState, type SessionState } from '../session/state';

/** The state after events[0..index] (inclusive): by definition the fold of that slice. */
export function foldTo(sessionId: string, events: readonly SessionEvent[], index: number): SessionState {
  return foldEvents(sessionId, events.slice(0, clampIndex(events, index) + 1));
}

/** The last event at or before `time` (ms since the epoch); 0 when the time is before the first one. */
export function indexAtTime(events: readonly SessionEvent[], time: number): number {
  let lo = 0;
  let hi = events.length - 1;
  let found = 0;
  // Event times only go up (one clock, one writer), so a binary search finds it.
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid]!.at <= time) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function clampIndex(events: readonly unknown[], index: number): number {
  return Math.max(0, Math.min(events.length - 1, Math.floor(index)));
}

/** Every this many events a folded state is kept, so a jump anywhere folds at most this many. */
export const CHECKPOINT_EVERY = 200;

export interface Replay {
  readonly sessionId: string;
  readonly events: readonly SessionEvent[];
  /** The state after event `index` (clamped to the log). */
  stateAt(index: number): SessionState;
}

/**
 * A replay of one log. States are immutable (the reducer copies what it changes), so a kept checkpoint is
 * never altered by folding on from it; the scrubber can jump back and forth without refolding from zero.
 */
export function replayOf(sessionId: string, events: readonly SessionEvent[]): Replay {
  const checkpoints: SessionState[] = [];
  let last: { index: number; state: SessionState } | null = null;
  const stateAt = (wanted: number): SessionState => {
    const index = clampIndex(events, wanted);
    if (events.length === 0) return emptyState(sessionId);
    if (last?.index === index) return last.state;
    // Start from the nearest known state at or before the index: the last one asked for, or a checkpoint.
    const slot = Math.min(checkpoints.length, Math.floor((index + 1) / CHECKPOINT_EVERY));
    let from = slot > 0 ? slot * CHECKPOINT_EVERY - 1 : -1;
    let state = slot > 0 ? checkpoints[slot - 1]! : emptyState(sessionId);
    if (last && last.index < index && last.index > from) {
      from = last.index;
      state = last.state;
    }
    for (let i = from + 1; i <= index; i++) {
      state = applyEvent(state, events[i]!);
      if ((i + 1) % CHECKPOINT_EVERY === 0 && checkpoints.length === (i + 1) / CHECKPOINT_EVERY - 1) checkpoints.push(state);
    }
    last = { index, state };
    return state;
  };
  return { sessionId, events, stateAt };
}
