// The screen's floating moments (waves, cheers), folded from the events of its batches: the server keeps none.
import { SCREEN_MOMENTS } from '../protocol/limits';
import type { WireEvent } from '../protocol/recipient-events';
import type { Moment } from './state';

/** The moment an event is, if it is one (a wave, a cheer). */
export function momentOf(e: WireEvent): Moment | null {
  if (e.type === 'wave.sent') return { seq: e.seq, at: e.at, childId: e.payload.childId, kind: 'wave' };
  if (e.type === 'reaction.sent') {
    const { childId, kind, to } = e.payload;
    return { seq: e.seq, at: e.at, childId, kind, ...(to ? { to } : {}) };
  }
  return null;
}

/** `moments` with the moments among `events` added (once each, by seq), the newest SCREEN_MOMENTS kept. */
export function withMoments(moments: readonly Moment[], events: readonly WireEvent[]): Moment[] {
  const known = new Set(moments.map((m) => m.seq));
  const added: Moment[] = [];
  for (const e of events) {
    const m = momentOf(e);
    if (m && !known.has(m.seq)) added.push(m);
  }
  if (added.length === 0) return moments as Moment[];
  const all = [...moments, ...added].sort((a, b) => a.seq - b.seq);
  return all.length > SCREEN_MOMENTS ? all.slice(all.length - SCREEN_MOMENTS) : all;
}
