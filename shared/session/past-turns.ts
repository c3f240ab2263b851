// Turns per child in a group's earlier sessions, per activity, computed by each activity from old events.
import type { PastTurns } from '../activities/activity';
import { ACTIVITY_IDS, activity, type ActivityId } from '../activities/registry';

export type PastTurnsByActivity = Partial<Record<ActivityId, Record<string, PastTurns>>>;

export function pastTurnsByActivity(events: readonly { type: string; payload: unknown; at: number }[]): PastTurnsByActivity {
  const out: PastTurnsByActivity = {};
  for (const id of ACTIVITY_IDS) out[id] = activity(id).pastTurns(events);
  return out;
}
