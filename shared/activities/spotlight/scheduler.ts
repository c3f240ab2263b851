// The fair scheduler: fewest presentations in the programme first, then longest since the last turn.
import type { PastTurns } from '../activity';
import { turnsOf, type SpotlightState } from './state';

/**
 * Orders candidates for the next turn. Presentations count across the group's programme (earlier
 * sessions + this round); passes do not count, so a child who passed is offered again later. Ties go to
 * whoever has waited longest (never had a turn first). The child who just had a turn goes last while
 * anyone else is waiting.
 */
export function fairOrder(state: SpotlightState, present: readonly string[], history: Readonly<Record<string, PastTurns>>): string[] {
  const order = scoredOrder(state, present, history);
  // An invitation from the facilitator comes before the scores.
  const invited = state.invited;
  return invited && order.includes(invited) ? [invited, ...order.filter((id) => id !== invited)] : order;
}

function scoredOrder(state: SpotlightState, present: readonly string[], history: Readonly<Record<string, PastTurns>>): string[] {
  const score = (id: string) => {
    const here = turnsOf(state, id);
    const past = history[id];
    const last = Math.max(here.lastTurnAt ?? -Infinity, past?.lastAt ?? -Infinity);
    return { presentations: (past?.turns ?? 0) + here.presentations, last, rosterIndex: present.indexOf(id) };
  };
  const sorted = [...present].sort((a, b) => {
    const sa = score(a);
    const sb = score(b);
    return sa.presentations - sb.presentations || sa.last - sb.last || sa.rosterIndex - sb.rosterIndex;
  });
  if (sorted.length > 1 && sorted[0] === state.lastPresenter) sorted.push(sorted.shift()!);
  return sorted;
}

export function nextPresenter(state: SpotlightState, present: readonly string[], history: Readonly<Record<string, PastTurns>>): string | null {
  return fairOrder(state, present, history)[0] ?? null;
}
