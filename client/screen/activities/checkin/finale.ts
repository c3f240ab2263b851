// The last child finishing. The server closes the round in the same step as that child's last answer
// (or "not today"), so the screen's next view has no round; this rebuilds the full garden so the last
// flowers can still be seen opening. Called only when the view says the round completed.
import type { CheckinScreen } from '../../../../shared/activities/checkin/views';
import type { ScreenRound } from '../../../../shared/session/views';

export function checkinFinale(last: ScreenRound & { view: CheckinScreen }): ScreenRound | null {
  const v = last.view;
  if (v.of === 0) return null;
  return { ...last, paused: false, timer: null, view: { ...v, done: v.of } };
}
