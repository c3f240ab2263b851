// What "invite" does for a quiet child in the running round: whatever the round's activity declares, or nothing yet.
import type { ConsoleView } from '../../../shared/session/views';
import { consoleActivity } from '../activities';
import type { InviteMove } from '../activities/types';

/**
 * The activity's move (see InviteMove: with `intent` the button sends it), or `paused` (the server would refuse)
 * or `none` (no round runs whose activity can invite).
 */
export type InviteState = InviteMove;

export function inviteFor(view: ConsoleView, childId: string): InviteState {
  const round = view.round;
  const invite = round ? consoleActivity(round.activity).invite : undefined;
  if (!round || !invite) return { kind: 'none' };
  if (round.paused) return { kind: 'paused' };
  return invite(round.view, childId);
}
