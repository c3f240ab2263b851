// The accumulator's running counts: a tally per child, the group's turn sequence position, edges, tags, offers.
import { ChildTally } from './child-tally';
import { EdgeTally } from './edge-tally';
import type { ObservationTag } from './types';

/** Spotlight and Build Together turns hand over to the next turn; a star hold's edge is the pass itself. */
export type TurnKind = 'chain' | 'hold';

export class Counts {
  readonly tallies = new Map<string, ChildTally>();
  /** Who-follows-whom: consecutive chain turns, and star passes. */
  readonly follows = new EdgeTally();
  readonly starEdges = new EdgeTally();
  readonly cardEdges = new EdgeTally();
  /** Observation tags by id; `active` goes false when undone, so an id counts at most once. */
  readonly tags = new Map<string, { childId: string; tag: ObservationTag; active: boolean }>();
  /** Build Together: child → time their turn was offered (latency runs to their next placed piece). */
  readonly offers = new Map<string, number>();
  /** Turns of the group in scope, by anyone: the index that `ChildTally.lastTurn` points into. */
  groupTurns = 0;
  /** The child of the previous chain turn in this round; null at a round's or session's start. */
  chainLast: string | null = null;

  /** For writing (a read-out goes to `tallies`): the tally's cached row is made again. */
  existing(childId: string): ChildTally | undefined {
    const t = this.tallies.get(childId);
    if (t) t.writes += 1;
    return t;
  }

  /** For writing, made when missing (a read-out goes to `tallies`): the tally's cached row is made again. */
  tally(childId: string): ChildTally {
    let t = this.tallies.get(childId);
    if (!t) this.tallies.set(childId, (t = new ChildTally()));
    t.writes += 1;
    return t;
  }

  /** A turn of the group; a chain turn also adds the follow from the previous chain turn (repeats merge). */
  turn(childId: string, kind: TurnKind): ChildTally {
    this.groupTurns += 1;
    const t = this.tally(childId);
    t.lastTurn = this.groupTurns;
    if (kind === 'chain') {
      if (this.chainLast !== null) this.follows.add(this.chainLast, childId);
      this.chainLast = childId;
    }
    return t;
  }

  /** A round or session boundary: no follow across it, and an open offer lapses. */
  boundary(): void {
    this.chainLast = null;
    this.offers.clear();
  }

  /** Counts the child once for session number `session`. */
  attend(childId: string, session: number): void {
    const t = this.tally(childId);
    if (t.attendedSession === session) return;
    t.attendedSession = session;
    t.attendance += 1;
  }

  undoTag(id: string): void {
    const tag = this.tags.get(id);
    if (!tag?.active) return;
    tag.active = false;
    this.tally(tag.childId).observations[tag.tag] -= 1;
  }
}
