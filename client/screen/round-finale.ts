// Applies each view message to the store, keeping a just-completed round on screen for a few seconds
// when the view says it completed (lastRound.reason) and its activity can rebuild its end (ScreenActivity.finale).
import type { ViewMessage } from '../../shared/protocol/messages';
import type { ScreenView } from '../../shared/session/views';
import { screenActivity } from './activities';
import { screenStore } from './screen-store';

/** Long enough for the last throw and a cheer; short enough that the facilitator is never kept waiting. */
const FINALE_MS = 5500;

let clearTimer: ReturnType<typeof setTimeout> | null = null;

export function applyViewMessage(m: ViewMessage<ScreenView>): void {
  const prev = screenStore.getState();
  let finale = prev.finale;
  const last = prev.view?.round ?? null;
  if (m.view.round || m.view.ended) {
    finale = null;
  } else if (last && prev.version > 0 && m.view.lastRound?.number === last.number && m.view.lastRound.reason === 'complete') {
    // Only a round that completed by itself earns a finale (never one the facilitator ended).
    // Waves and reactions are events too, but say nothing about how the round ended.
    const moments = m.view.moments.filter((x) => x.seq > prev.version).length;
    const made = screenActivity(last.activity).finale?.(last, m.view, m.version - prev.version - moments) ?? null;
    if (made) {
      finale = made;
      if (clearTimer) clearTimeout(clearTimer);
      clearTimer = setTimeout(() => {
        clearTimer = null;
        if (screenStore.getState().finale === made) screenStore.setState({ finale: null });
      }, FINALE_MS);
    }
  }
  screenStore.setState({ view: m.view, version: m.version, clockOffset: m.serverNow - Date.now(), finale });
}

export function forgetFinale(): void {
  if (clearTimer) clearTimeout(clearTimer);
  clearTimer = null;
}
