// What the review reads of one session's log besides the metrics: rounds played, the programme session it ran, tag notes.
import type { ActivityId } from '../activities/registry';
import type { PlanSession } from '../programmes/programme';
import type { ObservationTag } from '../session/observations';
import type { SessionEvent } from '../session/events';

export interface PlayedRound {
  number: number;
  activity: ActivityId;
}

/** A facilitator's observation that was not taken back; the note is the facilitator's words (may be null). */
export interface ObservationNote {
  childId: string;
  tag: ObservationTag;
  note: string | null;
  at: number;
}

export interface SessionDigest {
  rounds: PlayedRound[];
  /** The programme session whose plan was last loaded (null: the session ran without a programme plan). */
  planSession: PlanSession | null;
  notes: ObservationNote[];
}

export function sessionDigest(events: readonly SessionEvent[]): SessionDigest {
  const rounds: PlayedRound[] = [];
  let planSession: PlanSession | null = null;
  const tagged = new Map<string, ObservationNote>();
  for (const e of events) {
    switch (e.type) {
      case 'round.started':
        rounds.push({ number: e.payload.number, activity: e.payload.activity });
        break;
      case 'plan.set':
        // A plan without a programme session (a hand-made plan) replaces the programme's: the later plan is what ran.
        planSession = e.payload.session ?? null;
        break;
      case 'observation.tagged':
        tagged.set(e.payload.id, { childId: e.payload.childId, tag: e.payload.tag, note: e.payload.note?.trim() || null, at: e.at });
        break;
      case 'observation.undone':
        tagged.delete(e.payload.id);
        break;
      default:
        break;
    }
  }
  return { rounds, planSession, notes: [...tagged.values()].sort((a, b) => a.at - b.at) };
}
