// What each in-scope event adds to the counts: turns by activity, airtime, star holds, latency, gifts, tags (MEASURES §2).
//
// Turns: Spotlight = spotlight.started or spotlight.passed; Pass the Star = a hold (star.given / star.passed
// to payload.to); Build Together = build.placed. Events of activities still to come are read by name with
// narrow checks, so they count as soon as those activities log them.
import type { ChildTally } from './child-tally';
import type { Counts } from './counts';
import { isObservationTag, num, str, type Payload } from './readers';
import type { MetricEvent } from './types';

/** Counts one in-scope event: turns and everything a child does. Unknown types are ignored. */
export function countEvent(c: Counts, e: MetricEvent, p: Payload): void {
  const child = str(p, 'childId');
  switch (e.type) {
    case 'spotlight.started': {
      if (child === null) return;
      const t = c.turn(child, 'chain');
      t.presentations += 1;
      const latency = num(p, 'latencyMs');
      if (latency !== null) t.latency.add(latency);
      return;
    }
    case 'spotlight.passed': {
      if (child === null) return;
      const t = c.turn(child, 'chain');
      t.passes += 1;
      const latency = num(p, 'latencyMs');
      if (latency !== null && str(p, 'by') === 'child') t.latency.add(latency);
      return;
    }
    case 'spotlight.ended': {
      const ms = num(p, 'durationMs');
      if (child !== null && ms !== null) c.tally(child).presentingMs += ms;
      return;
    }
    case 'star.given':
    case 'star.passed': {
      const to = str(p, 'to');
      const from = str(p, 'from');
      const held = num(p, 'heldMs');
      if (to === null) return;
      if (from !== null && held !== null) c.tally(from).holdingMs += held;
      c.turn(to, 'hold').starHolds += 1;
      if (e.type === 'star.passed' && from !== null && from !== to) {
        c.tally(from).starPassesGiven += 1;
        c.tally(to).starPassesReceived += 1;
        c.follows.add(from, to);
        c.starEdges.add(from, to);
      }
      return;
    }
    case 'star.kept': {
      const holder = str(p, 'holder');
      const held = num(p, 'heldMs');
      if (holder !== null && held !== null) c.tally(holder).holdingMs += held;
      return;
    }
    case 'build.turn-offered':
      if (child !== null) c.offers.set(child, e.at);
      return;
    case 'build.placed': {
      if (child === null) return;
      const t = c.turn(child, 'chain');
      t.piecesPlaced += 1;
      const offeredAt = c.offers.get(child);
      if (offeredAt !== undefined) {
        t.latency.add(e.at - offeredAt);
        c.offers.delete(child);
      }
      return;
    }
    case 'build.help-asked':
      if (child !== null) c.tally(child).helpAsked += 1;
      return;
    case 'build.help-given':
      pair(c, p, (from) => (from.helpGiven += 1), (to) => (to.helpReceived += 1));
      return;
    case 'garden.self-picked':
      if (child !== null) c.tally(child).cardsSelfPicked += 1;
      return;
    case 'garden.self-unpicked': {
      // Changing one's mind puts the card back: the count is of cards kept.
      const t = child === null ? undefined : c.existing(child);
      if (t && t.cardsSelfPicked > 0) t.cardsSelfPicked -= 1;
      return;
    }
    case 'garden.given': {
      const ends = pair(c, p, (from) => (from.cardsGiven += 1), (to) => (to.cardsReceived += 1));
      if (ends) c.cardEdges.add(ends[0], ends[1]);
      return;
    }
    case 'reaction.sent': {
      if (child === null) return;
      c.tally(child).reactionsGiven += 1;
      const to = str(p, 'to');
      if (to !== null) c.tally(to).reactionsReceived += 1;
      return;
    }
    case 'wave.sent':
      if (child !== null) c.tally(child).waves += 1;
      return;
    case 'checkin.response': {
      const status = str(p, 'status');
      if (child === null) return;
      if (status === 'finished') c.tally(child).checkinsFinished += 1;
      else if (status === 'declined') c.tally(child).checkinsDeclined += 1;
      return;
    }
    case 'observation.tagged': {
      const id = str(p, 'id');
      const tag = p['tag'];
      if (id === null || child === null || !isObservationTag(tag) || c.tags.has(id)) return;
      c.tags.set(id, { childId: child, tag, active: true });
      c.tally(child).observations[tag] += 1;
      return;
    }
  }
}

/** Reads `{ from, to }` and counts both ends; returns the ends, or null if malformed. */
function pair(c: Counts, p: Payload, giver: (t: ChildTally) => void, receiver: (t: ChildTally) => void): [string, string] | null {
  const from = str(p, 'from');
  const to = str(p, 'to');
  if (from === null || to === null) return null;
  giver(c.tally(from));
  receiver(c.tally(to));
  return [from, to];
}
