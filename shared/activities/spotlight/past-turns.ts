// Presentations per child in earlier sessions: what the fair scheduler counts across the programme.
import type { PastTurns } from '../activity';

export function spotlightPastTurns(events: readonly { type: string; payload: unknown; at: number }[]): Record<string, PastTurns> {
  const out: Record<string, PastTurns> = {};
  for (const e of events) {
    if (e.type !== 'spotlight.ended' && e.type !== 'spotlight.passed') continue;
    const childId = (e.payload as { childId: string }).childId;
    const prev = out[childId] ?? { turns: 0, lastAt: null };
    out[childId] = { turns: prev.turns + (e.type === 'spotlight.ended' ? 1 : 0), lastAt: Math.max(prev.lastAt ?? 0, e.at) };
  }
  return out;
}
