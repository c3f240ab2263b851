// Placed pieces per child in earlier sessions (a turn in Build Together is a placed piece, MEASURES §2).
import type { PastTurns } from '../activity';

export function buildTogetherPastTurns(events: readonly { type: string; payload: unknown; at: number }[]): Record<string, PastTurns> {
  const out: Record<string, PastTurns> = {};
  for (const e of events) {
    if (e.type !== 'build.placed' && e.type !== 'build.turn-passed') continue;
    const childId = (e.payload as { childId: string }).childId;
    const prev = out[childId] ?? { turns: 0, lastAt: null };
    // A pass is not a turn taken, but it is a time the child was asked (like Spotlight's passes).
    out[childId] = { turns: prev.turns + (e.type === 'build.placed' ? 1 : 0), lastAt: Math.max(prev.lastAt ?? 0, e.at) };
  }
  return out;
}
