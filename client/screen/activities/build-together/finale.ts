// The last piece. The server closes the round in the same step as that piece, so the screen's next view
// has no round; this rebuilds the finished picture from the last view (see shared/.../finale.ts), but only
// when enough happened in between to have filled it — a facilitator's "end round" is a single event.
import { buildTogetherFinale, eventsToComplete, type BuildTogetherScreen } from '../../../../shared/activities/build-together';
import type { ScreenRound, ScreenView } from '../../../../shared/session/views';

export function buildFinale(last: ScreenRound & { view: BuildTogetherScreen }, next: ScreenView, eventsBetween: number): ScreenRound | null {
  if (last.paused || next.round !== null || next.ended) return null;
  if (last.view.completed === null && eventsBetween < eventsToComplete(last.view)) return null;
  return { ...last, paused: false, timer: null, view: buildTogetherFinale(last.view) };
}
