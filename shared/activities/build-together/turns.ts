// The fair turn order of Build Together: fewest pieces placed this round, then the longest wait, then roster order.
import type { BuildTogetherEvent } from './events';
import { handOf, type BuildTogetherState } from './state';

/**
 * Present children who can place (they hold a piece), in the order turns should go. A child who never
 * had a turn has waited longest. The child whose turn just ended goes last while anyone else can go,
 * so a child who passed (and so still has the fewest pieces placed) is not asked again straight away.
 */
export function turnOrder(state: BuildTogetherState, present: readonly string[], exclude: string | null = null): string[] {
  const waitedSince = (c: string) => state.lastTurnAt[c] ?? -1;
  const sorted = present
    .filter((c) => c !== exclude && handOf(state, c).length > 0)
    .sort((a, b) => (state.placedBy[a] ?? 0) - (state.placedBy[b] ?? 0) || waitedSince(a) - waitedSince(b) || present.indexOf(a) - present.indexOf(b));
  if (sorted.length > 1 && sorted[0] === state.lastOnTurn) sorted.push(sorted.shift()!);
  return sorted;
}

/** Whether the child on turn can still take it (present and holding a piece). */
export function turnIsLive(state: BuildTogetherState, present: readonly string[]): boolean {
  const c = state.turn?.childId;
  return c !== undefined && present.includes(c) && handOf(state, c).length > 0;
}

/** In turns mode, the offer that keeps the round moving when nobody (able to place) is on turn. */
export function nextTurn(state: BuildTogetherState, present: readonly string[]): BuildTogetherEvent[] {
  if (state.settings.turnMode !== 'turns' || turnIsLive(state, present)) return [];
  const next = turnOrder(state, present)[0];
  return next === undefined ? [] : [{ type: 'build.turn-offered', payload: { childId: next } }];
}
