// The last piece. The server closes the round in the same step as that piece, so the screen's next view has no
// round; the batch's events say the round completed (round-finale.ts calls this only then), and this draws the
// finished picture from the last view (see shared/.../finale.ts).
import { buildTogetherFinale, type BuildTogetherScreen } from '../../../../shared/activities/build-together';
import type { ScreenRound } from '../../../../shared/session/views';

export function buildFinale(last: ScreenRound & { view: BuildTogetherScreen }): ScreenRound | null {
  if (last.paused) return null;
  return { ...last, paused: false, timer: null, view: buildTogetherFinale(last.view) };
}
