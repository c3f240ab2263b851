// Star holds per child in earlier sessions (a turn in Pass the Star is holding the star).
import type { PastTurns } from '../activity';
import { parseEvent } from '../event-spec';
import { PASS_STAR_EVENTS } from './events';

export function passStarPastTurns(events: readonly { type: string; payload: unknown; at: number }[]): Record<string, PastTurns> {
  const out: Record<string, PastTurns> = {};
  for (const e of events) {
    const ev = parseEvent(PASS_STAR_EVENTS, e);
    if (ev?.type !== 'star.passed' && ev?.type !== 'star.given') continue;
    const to = ev.payload.to;
    const prev = out[to] ?? { turns: 0, lastAt: null };
    out[to] = { turns: prev.turns + 1, lastAt: Math.max(prev.lastAt ?? 0, e.at) };
  }
  return out;
}
