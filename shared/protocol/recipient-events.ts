// Which logged events each recipient may see, and how: the only place events are redacted before they leave the room.
import { redactForConsole } from '../activities/registry';
import type { Actor, SessionEvent } from '../session/events';
import type { Who } from '../session/rules';

/**
 * An event as it travels: no session id (the connection has one), no intent id (another client's key), no device
 * hash (a tablet's identity), a staff actor without their account id unless the recipient is staff.
 */
export type WireEvent = SessionEvent extends infer E ? (E extends SessionEvent ? Omit<E, 'sessionId' | 'intentId'> : never) : never;

/**
 * Waves and cheers: what the screen floats up. Only screens are sent them: a tablet has no use for others' waves,
 * and the console counts them in its metrics (a line per wave would bury everything else in its feed).
 */
export const MOMENT_EVENTS: ReadonlySet<string> = new Set(['wave.sent', 'reaction.sent']);

/** The facilitator's own notes about children: never on a child's tablet or the shared screen. */
export const STAFF_ONLY_EVENTS: ReadonlySet<string> = new Set(['observation.tagged', 'observation.undone']);

/** Who a batch is for, as far as events go: a tablet is the child seated on it (null while not seated). */
export type Recipient = { kind: 'screen' } | { kind: 'staff' } | { kind: 'tablet'; childId: string | null };

export function recipientOf(who: Who, childIdOfTablet: (deviceHash: string) => string | null): Recipient {
  return who.kind === 'tablet' ? { kind: 'tablet', childId: childIdOfTablet(who.deviceHash) } : { kind: who.kind };
}

/** True when the event's activity hides part of it from everyone but the child it is about (check-in answers). */
export function isPrivate(event: SessionEvent): boolean {
  return redactForConsole(event) !== event;
}

/** The child an event is about, when its payload names one. */
function subjectOf(event: SessionEvent): string | null {
  const p = event.payload as { childId?: unknown };
  return typeof p.childId === 'string' ? p.childId : null;
}

const publicActor = (a: Actor): Actor => (a.kind === 'staff' ? { kind: 'staff', staffId: '' } : a);

/**
 * The event as `to` may see it, or null when it is not for them. A check-in's answers reach only the tablet of
 * the child who gave them (the console sees that they answered, never what); device hashes reach nobody.
 */
export function eventFor(event: SessionEvent, to: Recipient): WireEvent | null {
  if (to.kind !== 'screen' && MOMENT_EVENTS.has(event.type)) return null;
  if (to.kind !== 'staff' && STAFF_ONLY_EVENTS.has(event.type)) return null;
  const own = to.kind === 'tablet' && to.childId !== null && subjectOf(event) === to.childId;
  const shown = own ? event : redactForConsole(event);
  const { sessionId: _session, intentId: _intent, ...rest } = shown;
  let payload: object = 'deviceHash' in rest.payload ? { ...rest.payload, deviceHash: '' } : rest.payload;
  // How many turns each child had in earlier sessions (the fair scheduler's input) is for the staff alone.
  if (to.kind !== 'staff' && rest.type === 'round.started') payload = { ...rest.payload, history: {} };
  const actor = to.kind === 'staff' ? rest.actor : publicActor(rest.actor);
  return { ...rest, payload, actor } as WireEvent;
}

/** The events of `events` that `to` may see, redacted for them, oldest first. */
export function eventsFor(events: readonly SessionEvent[], to: Recipient): WireEvent[] {
  const out: WireEvent[] = [];
  for (const e of events) {
    const shown = eventFor(e, to);
    if (shown) out.push(shown);
  }
  return out;
}
