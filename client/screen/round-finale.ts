// Applies each batch to the store: the view, and for a round that just completed by itself, the round as it ended
// (drawn by its activity from the batch's events) kept on screen for a few seconds.
import type { Received } from '../../shared/protocol/batch-fold';
import type { WireEvent } from '../../shared/protocol/recipient-events';
import type { ScreenView } from '../../shared/session/views';
import { screenActivity } from './activities';
import { screenStore } from './screen-store';

/** Long enough for the last throw and a cheer; short enough that the facilitator is never kept waiting. */
const FINALE_MS = 5500;

let clearTimer: ReturnType<typeof setTimeout> | null = null;

/**
 * The events up to the round's completion, when this batch completed the round the screen was showing (never one
 * the facilitator ended, nor one that started within the same batch).
 */
function completion(events: readonly WireEvent[]): WireEvent[] | null {
  const end = events.findIndex((e) => e.type === 'round.ended' && e.payload.reason === 'complete');
  if (end < 0 || events.slice(0, end).some((e) => e.type === 'round.started')) return null;
  return events.slice(0, end);
}

export function applyBatch(r: Received<ScreenView>): void {
  const prev = screenStore.getState();
  let finale = prev.finale;
  const last = prev.view?.round ?? null;
  if (r.view.round || r.view.ended) {
    finale = null;
  } else if (last && !r.catchup) {
    const events = completion(r.events);
    const made = events ? (screenActivity(last.activity).finale?.(last, events) ?? null) : null;
    if (made) {
      finale = made;
      if (clearTimer) clearTimeout(clearTimer);
      clearTimer = setTimeout(() => {
        clearTimer = null;
        if (screenStore.getState().finale === made) screenStore.setState({ finale: null });
      }, FINALE_MS);
    }
  }
  screenStore.setState({ view: r.view, version: r.version, clockOffset: r.serverNow - Date.now(), finale });
}

export function forgetFinale(): void {
  if (clearTimer) clearTimeout(clearTimer);
  clearTimer = null;
}
