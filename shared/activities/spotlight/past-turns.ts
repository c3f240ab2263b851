// Presentations per child in earlier sessions: what the fair scheduler counts across the programme.
import type { PastTurns } from '../activity';
import { parseEvent } from '../event-spec';
import { SPOTLIGHT_EVENTS } from './events';

export function spotlightPastTurns(events: readonly { type: string; payload: unknown; at: number }[]): Record<string, PastTurns> {
  const out: Record<string, PastTurns> = {};
  for (const e of events) {
    const ev = parseEvent(SPOTLIGHT_EVENTS, e);
    if (ev?.type !== 'spotlight.ended' && ev?.type !== 'spotlight.passed') continue;
    const childId = ev.payload.childId;
    const prev = out[childId] ?? { turns: 0, lastAt: null };
    out[childId] = { turns: prev.turns + (ev.type === 'spotlight.ended' ? 1 : 0), lastAt: Math.max(prev.lastAt ?? 0, e.at) };
  }
  return out;
}
