// Roles bound at the handshake and the intents each may send; anything not listed is denied.
import { activity, activityOfIntent } from '../activities/registry';
import type { IntentType } from './intents';

/** A tablet is a `guest` until it holds a seat, then a `seat`. */
export type Role = 'guest' | 'seat' | 'staff' | 'screen';

const ALLOWED: Record<Role, readonly IntentType[]> = {
  // A guest may withdraw its own pending request (going back to the keypad).
  guest: ['seat.claim', 'seat.leave'],
  seat: ['seat.leave', 'wave', 'reaction'],
  staff: [
    'seat.approve',
    'seat.deny',
    'seat.release',
    'seat.move',
    'eyes.set',
    'settings.set',
    'session.end',
    'plan.set',
    'round.start',
    'round.pause',
    'round.resume',
    'round.end',
    'timer.set',
    'timer.extend',
    'timer.show',
    'observation.tag',
    'observation.undo',
  ],
  screen: [],
};

export function roleMay(role: Role, type: IntentType): boolean {
  if (ALLOWED[role].includes(type)) return true;
  const owner = activityOfIntent(type);
  if (!owner || (role !== 'seat' && role !== 'staff')) return false;
  return activity(owner).intents[type]?.roles.includes(role) ?? false;
}
