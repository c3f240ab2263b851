// Inviting a quiet child during Spotlight: they are offered the next turn (unless on stage or invited already).
import type { SpotlightConsole } from '../../../../shared/activities/spotlight';
import type { InviteMove } from '../types';

export function spotlightInvite(v: SpotlightConsole, childId: string): InviteMove {
  if (v.presenter === childId && v.phase !== 'idle') return { kind: 'on-stage' };
  if (v.invited === childId) return { kind: 'invited' };
  return { kind: 'spotlight', intent: { type: 'spotlight.invite', childId } };
}
