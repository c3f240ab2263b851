// The one place an event body becomes a logged event: sequence, session, time, actor and the intent that caused it.
import type { Actor, EventBody, SessionEvent } from './events';

export interface EnvelopeMeta {
  /** Server time in ms; a function gives each event its own (test fixtures space them a millisecond apart). */
  at: number | ((index: number) => number);
  actor: Actor;
  intentId?: string;
}

/** Numbers `bodies` on from `after.version` in `after.sessionId`'s log. */
export function envelope(after: { sessionId: string; version: number }, bodies: readonly EventBody[], meta: EnvelopeMeta): SessionEvent[] {
  return bodies.map(
    (body, i): SessionEvent => ({
      ...body,
      seq: after.version + 1 + i,
      sessionId: after.sessionId,
      at: typeof meta.at === 'number' ? meta.at : meta.at(i),
      actor: meta.actor,
      ...(meta.intentId ? { intentId: meta.intentId } : {}),
    }),
  );
}
