// What each activity event adds to the counts (MEASURES §2), read from payloads typed by the activity's own schemas.
//
// Turns: Spotlight = spotlight.started or spotlight.passed; Pass the Star = a hold (star.given / star.passed
// to payload.to); Build Together = build.placed. The payload is parsed with the declaring activity's schema
// before it gets here, so a renamed field fails the type check here rather than silently counting 0.
import type { ActivityEventBody } from '../activities/registry';
import type { ChildTally } from './child-tally';
import type { Counts } from './counts';

/** The activity event types that count for something: only these are parsed (a deal or a card change costs nothing). */
export const COUNTED_TYPES: ReadonlySet<string> = new Set<ActivityEventBody['type']>([
  'spotlight.started',
  'spotlight.passed',
  'spotlight.ended',
  'star.given',
  'star.passed',
  'star.kept',
  'build.turn-offered',
  'build.placed',
  'build.help-asked',
  'build.help-given',
  'garden.self-picked',
  'garden.self-unpicked',
  'garden.given',
  'checkin.response',
]);

/** A finite number (a stored NaN or Infinity must not poison a sum). */
const finite = (n: number | null): n is number => n !== null && Number.isFinite(n);

/** Counts one parsed activity event at time `at`. Events that are not turns or tallies are ignored. */
export function countActivityEvent(c: Counts, e: ActivityEventBody, at: number): void {
  switch (e.type) {
    case 'spotlight.started': {
      const t = c.turn(e.payload.childId, 'chain');
      t.presentations += 1;
      if (finite(e.payload.latencyMs)) t.latency.add(e.payload.latencyMs);
      return;
    }
    case 'spotlight.passed': {
      const t = c.turn(e.payload.childId, 'chain');
      t.passes += 1;
      // A staff skip is a turn, but not the child acting: no latency sample.
      if (finite(e.payload.latencyMs) && e.payload.by === 'child') t.latency.add(e.payload.latencyMs);
      return;
    }
    case 'spotlight.ended':
      if (finite(e.payload.durationMs)) c.tally(e.payload.childId).presentingMs += e.payload.durationMs;
      return;
    case 'star.given': {
      // A hold starts (a turn); a child who held it before hands over their hold time.
      const { from, to, heldMs } = e.payload;
      if (from !== null && finite(heldMs)) c.tally(from).holdingMs += heldMs;
      c.turn(to, 'hold').starHolds += 1;
      return;
    }
    case 'star.passed': {
      const { from, to, heldMs } = e.payload;
      if (finite(heldMs)) c.tally(from).holdingMs += heldMs;
      c.turn(to, 'hold').starHolds += 1;
      if (from !== to) {
        c.tally(from).starPassesGiven += 1;
        c.tally(to).starPassesReceived += 1;
        c.follows.add(from, to);
        c.starEdges.add(from, to);
      }
      return;
    }
    case 'star.kept':
      if (finite(e.payload.heldMs)) c.tally(e.payload.holder).holdingMs += e.payload.heldMs;
      return;
    case 'build.turn-offered':
      c.offers.set(e.payload.childId, at);
      return;
    case 'build.placed': {
      const child = e.payload.childId;
      const t = c.turn(child, 'chain');
      t.piecesPlaced += 1;
      const offeredAt = c.offers.get(child);
      if (offeredAt !== undefined) {
        t.latency.add(at - offeredAt);
        c.offers.delete(child);
      }
      return;
    }
    case 'build.help-asked':
      c.tally(e.payload.childId).helpAsked += 1;
      return;
    case 'build.help-given':
      pair(c, e.payload, (from) => (from.helpGiven += 1), (to) => (to.helpReceived += 1));
      return;
    case 'garden.self-picked':
      c.tally(e.payload.childId).cardsSelfPicked += 1;
      return;
    case 'garden.self-unpicked': {
      // Changing one's mind puts the card back: the count is of cards kept.
      const t = c.existing(e.payload.childId);
      if (t && t.cardsSelfPicked > 0) t.cardsSelfPicked -= 1;
      return;
    }
    case 'garden.given':
      pair(c, e.payload, (from) => (from.cardsGiven += 1), (to) => (to.cardsReceived += 1));
      c.cardEdges.add(e.payload.from, e.payload.to);
      return;
    case 'checkin.response':
      if (e.payload.status === 'finished') c.tally(e.payload.childId).checkinsFinished += 1;
      else if (e.payload.status === 'declined') c.tally(e.payload.childId).checkinsDeclined += 1;
      return;
  }
}

/** Counts both ends of a giver → receiver event. */
function pair(c: Counts, p: { from: string; to: string }, giver: (t: ChildTally) => void, receiver: (t: ChildTally) => void): void {
  giver(c.tally(p.from));
  receiver(c.tally(p.to));
}
