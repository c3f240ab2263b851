// Commands the server issues to a live room itself (an HTTP "end", a roster edit, a programme's plan, a new join code), decided like intents.
import type { ErrorCode } from '../protocol/errors';
import type { PlanSession } from '../programmes/programme';
import type { EventBody } from './events';
import type { PlannedRound } from './round-types';
import { planEvents } from './round-rules';
import type { RosterEntry } from './roster';
import { endSessionEvents } from './rules';
import type { SessionState } from './state';

export type ServerCommand =
  | { type: 'session.end' }
  | { type: 'roster.sync'; roster: RosterEntry[] }
  | { type: 'plan.set'; rounds: PlannedRound[]; session?: PlanSession }
  /** The session got a new join code (kept in the index only: the log is research data, the code a key). */
  | { type: 'join.change-code' };

export type CommandDecision = { ok: true; events: EventBody[] } | { ok: false; code: ErrorCode };

/** The events a server command causes, by the same rules the console's intents follow. Pure. */
export function decideCommand(state: SessionState, command: ServerCommand, now: number): CommandDecision {
  if (state.endedAt !== null) return { ok: false, code: 'session.ended' };
  switch (command.type) {
    case 'session.end':
      return { ok: true, events: endSessionEvents(state, now) };
    case 'roster.sync':
      // Roster edits reach a live session as a new snapshot; past events stay as they were.
      return { ok: true, events: [{ type: 'roster.synced', payload: { roster: command.roster } }] };
    case 'plan.set':
      return { ok: true, events: planEvents(command.rounds, command.session) };
    case 'join.change-code': {
      // Requests for a seat go (logged as a tablet going back to the keypad): the tablets that made them came in by
      // the old code, which may be the guessed one, and an approved seat would wait for a device that cannot return.
      const withdrawn = Object.entries(state.requests).map(
        ([deviceHash, r]): EventBody => ({ type: 'seat.denied', payload: { childId: r.childId, deviceHash, by: 'self' } }),
      );
      return { ok: true, events: [{ type: 'join.code_changed', payload: {} }, ...withdrawn] };
    }
  }
}
