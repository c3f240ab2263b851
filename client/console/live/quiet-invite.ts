// What "invite" does for a quiet child in the running round: the next Spotlight turn, the star, or nothing yet.
import type { Intent } from '../../../shared/protocol/intents';
import type { ConsoleView } from '../../../shared/session/views';

type IntentBody = Intent extends infer I ? (I extends Intent ? Omit<I, 'id'> : never) : never;

/**
 * - spotlight / star: the button sends `intent`;
 * - invited: Spotlight already has this child next; on-stage: presenting or getting ready; holder: has the star;
 * - paused: the round is paused (the server would refuse); none: no Spotlight or Pass the Star round runs.
 */
export type InviteState = { kind: 'spotlight' | 'star'; intent: IntentBody } | { kind: 'invited' | 'on-stage' | 'holder' | 'paused' | 'none' };

export function inviteFor(view: ConsoleView, childId: string): InviteState {
  const round = view.round;
  if (!round) return { kind: 'none' };
  const v = round.view;
  if (v.activity === 'spotlight') {
    if (round.paused) return { kind: 'paused' };
    if (v.presenter === childId && v.phase !== 'idle') return { kind: 'on-stage' };
    if (v.invited === childId) return { kind: 'invited' };
    return { kind: 'spotlight', intent: { type: 'spotlight.invite', childId } };
  }
  if (v.activity === 'pass-star') {
    if (round.paused) return { kind: 'paused' };
    if (v.holder === childId) return { kind: 'holder' };
    return { kind: 'star', intent: { type: 'star.give', to: childId } };
  }
  return { kind: 'none' };
}
