// Placed pieces per child in earlier sessions (a turn in Build Together is a placed piece, MEASURES §2).
import type { PastTurns } from '../activity';
import { parseEvent } from '../event-spec';
import { BUILD_TOGETHER_EVENTS } from './events';

export function buildTogetherPastTurns(events: readonly { type: string; payload: unknown; at: number }[]): Record<string, PastTurns> {
  const out: Record<string, PastTurns> = {};
  for (const e of events) {
    const ev = parseEvent(BUILD_TOGETHER_EVENTS, e);
    if (ev?.type !== 'build.placed' && ev?.type !== 'build.turn-passed') continue;
    const childId = ev.payload.childId;
    const prev = out[childId] ?? { turns: 0, lastAt: null };
    // A pass is not a turn taken, but it is a time the child was asked (like Spotlight's passes).
    out[childId] = { turns: prev.turns + (ev.type === 'build.placed' ? 1 : 0), lastAt: Math.max(prev.lastAt ?? 0, e.at) };
  }
  return out;
}
