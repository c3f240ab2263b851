// Checks an erasure rewrite of one event: it may change the actor and payload, never which event it is.
import type { SessionEvent } from '../../shared/session/events';

/** The rewritten event, or null when nothing changed; throws when the rewrite moved the event. */
export function checkedRewrite(event: SessionEvent, rewrite: (event: SessionEvent) => SessionEvent): SessionEvent | null {
  const before = JSON.stringify([event.actor, event.payload]);
  const next = rewrite(structuredClone(event));
  if (next.sessionId !== event.sessionId || next.seq !== event.seq || next.type !== event.type || next.at !== event.at) {
    throw new Error(`an erasure may not move an event (${event.sessionId}#${event.seq})`);
  }
  return JSON.stringify([next.actor, next.payload]) === before ? null : next;
}
