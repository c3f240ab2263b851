// Adds one participation fact (declared by the activity that logged the event) to the running counts (MEASURES §2).
import type { ParticipationFact } from '../activities/participation';
import type { Counts } from './counts';

/** A finite number (a stored NaN or Infinity must not poison a sum). */
const finite = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/** Applies `f`, stated by an event logged at `at`. */
export function applyFact(c: Counts, f: ParticipationFact, at: number): void {
  switch (f.fact) {
    case 'turn': {
      const t = c.turn(f.child, f.kind);
      t[f.counts] += 1;
      if (f.sinceOffer) {
        const offeredAt = c.offers.get(f.child);
        if (offeredAt !== undefined) {
          t.latency.add(at - offeredAt);
          c.offers.delete(f.child);
        }
      } else if (finite(f.latencyMs)) t.latency.add(f.latencyMs);
      return;
    }
    case 'offered':
      c.offers.set(f.child, at);
      return;
    case 'asked':
      // A turn passed in Build Together is not a turn taken (MEASURES §2); only the scheduler notes it.
      return;
    case 'time':
      if (finite(f.ms)) c.tally(f.child)[f.measure] += f.ms;
      return;
    case 'passed':
      c.tally(f.from).starPassesGiven += 1;
      c.tally(f.to).starPassesReceived += 1;
      c.follows.add(f.from, f.to);
      c.starEdges.add(f.from, f.to);
      return;
    case 'help-asked':
      c.tally(f.child).helpAsked += 1;
      return;
    case 'helped':
      c.tally(f.from).helpGiven += 1;
      c.tally(f.to).helpReceived += 1;
      return;
    case 'self-card': {
      if (f.kept) {
        c.tally(f.child).cardsSelfPicked += 1;
        return;
      }
      // Changing one's mind puts the card back: the count is of cards kept.
      const t = c.existing(f.child);
      if (t && t.cardsSelfPicked > 0) t.cardsSelfPicked -= 1;
      return;
    }
    case 'card-given':
      c.tally(f.from).cardsGiven += 1;
      c.tally(f.to).cardsReceived += 1;
      c.cardEdges.add(f.from, f.to);
      return;
    case 'check-in-status':
      if (f.status === 'finished') c.tally(f.child).checkinsFinished += 1;
      else c.tally(f.child).checkinsDeclined += 1;
      return;
  }
}
