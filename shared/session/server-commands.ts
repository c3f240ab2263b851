// Commands the server issues to a live room itself (an HTTP "end", a roster edit, a programme's plan), decided like intents.
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
  | { type: 'plan.set'; rounds: PlannedRound[]; session?: PlanSession };

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
  }
}
