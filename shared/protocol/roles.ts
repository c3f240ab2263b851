// Roles bound at the handshake and the intents each may send; anything not listed is denied.
import type { IntentType } from './intents';

/** A tablet is a `guest` until it holds a seat, then a `seat`. */
export type Role = 'guest' | 'seat' | 'staff' | 'screen';

const ALLOWED: Record<Role, readonly IntentType[]> = {
  guest: ['seat.claim'],
  seat: ['seat.leave', 'wave', 'reaction'],
  staff: ['seat.approve', 'seat.deny', 'seat.release', 'seat.move', 'eyes.set', 'settings.set', 'session.end'],
  screen: [],
};

export function roleMay(role: Role, type: IntentType): boolean {
  return ALLOWED[role].includes(type);
}
