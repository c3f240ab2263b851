// Session rules: decide(state, intent, who) → the events it causes, or a rejection code. Pure.
import type { Intent } from '../protocol/intents';
import type { ErrorCode } from '../protocol/errors';
import { roleMay, type Role } from '../protocol/roles';
import { REACTIONS_PER_WINDOW, REACTION_WINDOW_MS } from '../protocol/limits';
import type { Actor, EventBody } from './events';
import { rosterEntry, seatOfDevice, type SessionState } from './state';
import { activity } from '../activities/registry';
import type { PastTurnsByActivity } from './past-turns';
import { closeRound, decideRound } from './round-rules';
import { OBSERVATION_UNDO_MS } from './observations';
import type { InstrumentCatalog } from '../instruments/catalog';

/** Who sends an intent, as the handshake established it. */
export type Who = { kind: 'tablet'; deviceHash: string } | { kind: 'staff'; staffId: string } | { kind: 'screen' };

/** `after`, when given: the state once `events` are logged by `actor` at the `now` decided with (see RoundDecision). */
export type Decision = { ok: true; actor: Actor; events: EventBody[]; after?: SessionState } | { ok: false; code: ErrorCode };

export function roleOf(state: SessionState, who: Who): Role {
  if (who.kind === 'staff') return 'staff';
  if (who.kind === 'screen') return 'screen';
  return seatOfDevice(state, who.deviceHash) ? 'seat' : 'guest';
}

export function actorOf(state: SessionState, who: Who): Actor {
  if (who.kind === 'staff') return { kind: 'staff', staffId: who.staffId };
  if (who.kind === 'screen') return { kind: 'system' };
  const seat = seatOfDevice(state, who.deviceHash);
  return seat ? { kind: 'seat', childId: seat.childId } : { kind: 'guest' };
}

const reject = (code: ErrorCode): Decision => ({ ok: false, code });

function isClaimed(state: SessionState, childId: string): boolean {
  if (state.seats[childId]) return true;
  return Object.values(state.requests).some((r) => r.childId === childId);
}

/** What the server supplies besides the state: randomness and the group's earlier turns. */
export interface DecideExtras {
  random?: () => number;
  pastTurns?: PastTurnsByActivity;
  instruments?: InstrumentCatalog;
}

/** The child in focus (on stage, holding the star), if a round has one. */
function focusChild(state: SessionState): string | null {
  return state.round ? activity(state.round.activity).focus(state.round.data) : null;
}

/** Ending a session closes its running round first, whoever ends it (the console's button or the HTTP API). */
export function endSessionEvents(state: SessionState, now: number): EventBody[] {
  return [...closeRound(state, 'session', now), { type: 'session.ended', payload: { reason: 'staff' } }];
}

export function decide(state: SessionState, intent: Intent, who: Who, now: number, extras: DecideExtras = {}): Decision {
  if (state.endedAt !== null) return reject('session.ended');
  if (!roleMay(roleOf(state, who), intent.type)) return reject('role.denied');
  const actor = actorOf(state, who);
  const ok = (...events: EventBody[]): Decision => ({ ok: true, actor, events });
  const childOf = () => (actor.kind === 'seat' ? actor.childId : '');

  switch (intent.type) {
    case 'seat.claim': {
      if (who.kind !== 'tablet') return reject('role.denied');
      if (!rosterEntry(state, intent.childId)) return reject('seat.unknown_child');
      const own = state.requests[who.deviceHash];
      if (own?.childId === intent.childId) return reject('seat.already_yours');
      if (isClaimed(state, intent.childId)) return reject('seat.taken');
      const p = { childId: intent.childId, deviceHash: who.deviceHash };
      return state.autoApprove ? ok({ type: 'seat.granted', payload: { ...p, by: 'auto' } }) : ok({ type: 'seat.requested', payload: p });
    }
    case 'seat.leave': {
      if (actor.kind === 'guest') {
        const own = who.kind === 'tablet' ? state.requests[who.deviceHash] : undefined;
        if (!own) return reject('seat.not_requested');
        return ok({ type: 'seat.denied', payload: { childId: own.childId, deviceHash: own.deviceHash, by: 'self' } });
      }
      return ok({ type: 'seat.released', payload: { childId: childOf(), by: 'self' } });
    }
    case 'wave':
      return ok({ type: 'wave.sent', payload: { childId: childOf() } });
    case 'reaction': {
      const childId = childOf();
      const recent = (state.reactionTimes[childId] ?? []).filter((t) => now - t < REACTION_WINDOW_MS);
      if (recent.length >= REACTIONS_PER_WINDOW) return reject('reaction.too_fast');
      const to = focusChild(state);
      return ok({ type: 'reaction.sent', payload: { childId, kind: intent.kind, ...(to && to !== childId ? { to } : {}) } });
    }
    case 'seat.approve':
    case 'seat.deny': {
      const request = Object.values(state.requests).find((r) => r.childId === intent.childId);
      if (!request) return reject('seat.not_requested');
      const p = { childId: request.childId, deviceHash: request.deviceHash };
      return intent.type === 'seat.approve' ? ok({ type: 'seat.granted', payload: { ...p, by: 'staff' } }) : ok({ type: 'seat.denied', payload: p });
    }
    case 'seat.release':
      if (!state.seats[intent.childId]) return reject('seat.not_seated');
      return ok({ type: 'seat.released', payload: { childId: intent.childId, by: 'staff' } });
    case 'seat.move': {
      if (intent.fromChildId === intent.toChildId) return reject('seat.same');
      if (!state.seats[intent.fromChildId]) return reject('seat.not_seated');
      if (!rosterEntry(state, intent.toChildId)) return reject('seat.unknown_child');
      if (state.seats[intent.toChildId]) return reject('seat.taken');
      // A pending request for the target child is superseded by the facilitator's move.
      const superseded = Object.values(state.requests)
        .filter((r) => r.childId === intent.toChildId)
        .map((r): EventBody => ({ type: 'seat.denied', payload: { childId: r.childId, deviceHash: r.deviceHash } }));
      return ok(...superseded, { type: 'seat.moved', payload: { fromChildId: intent.fromChildId, toChildId: intent.toChildId } });
    }
    case 'eyes.set':
      return ok({ type: 'eyes.changed', payload: { on: intent.on } });
    case 'settings.set':
      return ok({ type: 'settings.changed', payload: { autoApprove: intent.autoApprove } });
    case 'observation.tag': {
      if (!rosterEntry(state, intent.childId)) return reject('seat.unknown_child');
      const note = intent.note?.trim();
      return ok({ type: 'observation.tagged', payload: { id: intent.id, childId: intent.childId, tag: intent.tag, ...(note ? { note } : {}) } });
    }
    case 'observation.undo': {
      const o = state.observations.find((x) => x.id === intent.tagId);
      if (!o || o.undone) return reject('observation.unknown');
      if (now - o.at > OBSERVATION_UNDO_MS) return reject('observation.too_late');
      return ok({ type: 'observation.undone', payload: { id: o.id } });
    }
    case 'session.end':
      return ok(...endSessionEvents(state, now));
    default: {
      const d = decideRound(state, intent, actor, {
        now,
        random: extras.random ?? Math.random,
        pastTurns: extras.pastTurns ?? {},
        instruments: extras.instruments ?? new Map(),
      });
      return d.ok ? { ok: true, actor, events: d.events, ...(d.after ? { after: d.after } : {}) } : d;
    }
  }
}
