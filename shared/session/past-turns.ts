// Turns per child in a group's earlier sessions, per activity, from what each activity declares its events mean.
import type { PastTurns } from '../activities/activity';
import type { ParticipationFact } from '../activities/participation';
import { activityOfEventType, participationFacts, type ActivityId } from '../activities/registry';

export type PastTurnsByActivity = Partial<Record<ActivityId, Record<string, PastTurns>>>;

/**
 * For the fair scheduler: a turn counts unless it was a pass (a pass is not a presentation, a hold or a placed
 * piece, so the child is offered again later), and any turn, pass or "asked" moves when the child was last asked.
 */
function scheduled(f: ParticipationFact): { child: string; counts: boolean } | null {
  if (f.fact === 'turn') return { child: f.child, counts: f.counts !== 'passes' };
  if (f.fact === 'asked') return { child: f.child, counts: false };
  return null;
}

export function pastTurnsByActivity(events: readonly { type: string; payload: unknown; at: number }[]): PastTurnsByActivity {
  const out: PastTurnsByActivity = {};
  for (const e of events) {
    const id = activityOfEventType(e.type);
    if (!id) continue;
    for (const f of participationFacts(e.type, e.payload)) {
      const turn = scheduled(f);
      if (!turn) continue;
      const perChild = (out[id] ??= {});
      const prev = perChild[turn.child] ?? { turns: 0, lastAt: null };
      perChild[turn.child] = { turns: prev.turns + (turn.counts ? 1 : 0), lastAt: Math.max(prev.lastAt ?? 0, e.at) };
    }
  }
  return out;
}
