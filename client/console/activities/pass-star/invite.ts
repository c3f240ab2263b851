// Inviting a quiet child during Pass the Star: the facilitator gives them the star now.
import type { PassStarConsole } from '../../../../shared/activities/pass-star';
import type { InviteMove } from '../types';

export function starInvite(v: PassStarConsole, childId: string): InviteMove {
  if (v.holder === childId) return { kind: 'holder' };
  return { kind: 'star', intent: { type: 'star.give', to: childId } };
}
