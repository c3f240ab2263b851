// The participation metrics as a running fold: add(event) is O(1) amortised, snapshot() is O(k²) in children.
//
// This is the only implementation: `participation(events)` feeds a fresh accumulator, so the console's
// live numbers and the review's numbers cannot drift apart.
import { ChildTally } from './child-tally';
import { countEvent } from './count-event';
import { Counts } from './counts';
import { dict } from './dict';
import { coefficientOfVariation, gini, giniNormalized, normalizedEntropy } from './equality';
import { quietChildren } from './quiet';
import { num, payloadOf, rosterIds, str, type Payload } from './readers';
import { Memo } from './memo';
import { equalityReading } from './reading';
import { sociogram } from './sociogram';
import type { Sociogram } from './sociogram';
import type { FollowCounts } from './follows';
import type { MetricEvent, Participation, ParticipationOptions, RosterInput } from './types';

const NOBODY = new ChildTally();

export class MetricsAccumulator {
  private readonly opts: ParticipationOptions;
  private readonly enrolled: string[] = [];
  private readonly enrolledSet = new Set<string>();
  private readonly c = new Counts();
  // Edge read-outs are O(k²) and change only with their edges (or enrolment): reused, frozen, until then.
  private readonly followsMemo = new Memo<FollowCounts>();
  private readonly starMemo = new Memo<Sociogram>();
  private readonly cardMemo = new Memo<Sociogram>();

  // Per session (reset by newSession): its index, whether it ended, seats, and the round scope.
  private session = 0;
  private sessionEvents = 0;
  private sessionEnded = false;
  /** Seated children → connected now. */
  private readonly seats = new Map<string, boolean>();
  private inScope: boolean;
  private roundOpen = false;

  /** `roster`: enrolled children beyond the logs' rosters. `opts`: see ParticipationOptions. */
  constructor(roster: RosterInput = [], opts: ParticipationOptions = {}) {
    this.opts = opts;
    this.inScope = opts.round === undefined;
    for (const r of roster) this.enroll(typeof r === 'string' ? r : r.childId);
  }

  /**
   * Starts the next session of a programme. A `session.started` event does this by itself; call it between
   * sessions' lists whose first event is not `session.started`. A no-op before the session's first event.
   */
  newSession(): void {
    if (this.sessionEvents === 0) return;
    this.session += 1;
    this.sessionEvents = 0;
    this.sessionEnded = false;
    this.seats.clear();
    this.inScope = this.opts.round === undefined;
    this.roundOpen = false;
    this.c.boundary();
  }

  add(e: MetricEvent): void {
    if (e.type === 'session.started') this.newSession();
    const p = payloadOf(e.payload);
    if (p) {
      this.track(e.type, p);
      if (this.inScope) countEvent(this.c, e, p);
      if (e.type === 'round.ended' && this.roundOpen) {
        this.inScope = false;
        this.roundOpen = false;
      }
    }
    this.sessionEvents += 1;
  }

  addAll(events: Iterable<MetricEvent>): void {
    for (const e of events) this.add(e);
  }

  private enroll(childId: string): void {
    if (this.enrolledSet.has(childId)) return;
    this.enrolledSet.add(childId);
    this.enrolled.push(childId);
  }

  /** Enrolment, seats, presence, round boundaries and undos: tracked whatever the scope. */
  private track(type: string, p: Payload): void {
    switch (type) {
      case 'session.started':
      case 'roster.synced':
        for (const id of rosterIds(p)) this.enroll(id);
        return;
      case 'session.ended':
        this.sessionEnded = true;
        return;
      case 'seat.granted': {
        const id = str(p, 'childId');
        if (id === null) return;
        this.seats.set(id, true);
        if (this.inScope) this.c.attend(id, this.session);
        return;
      }
      case 'seat.released': {
        const id = str(p, 'childId');
        if (id !== null) this.seats.delete(id);
        return;
      }
      case 'seat.moved': {
        const from = str(p, 'fromChildId');
        const to = str(p, 'toChildId');
        const connected = from === null ? undefined : this.seats.get(from);
        if (from === null || to === null || connected === undefined) return;
        this.seats.delete(from);
        this.seats.set(to, connected);
        if (this.inScope) this.c.attend(to, this.session);
        return;
      }
      case 'presence.changed': {
        const id = str(p, 'childId');
        const connected = p['connected'];
        if (id !== null && typeof connected === 'boolean' && this.seats.has(id)) this.seats.set(id, connected);
        return;
      }
      case 'round.started':
        this.c.boundary();
        if (this.opts.round !== undefined && num(p, 'number') === this.opts.round) {
          this.inScope = true;
          this.roundOpen = true;
          // Children already seated when the round starts attended it.
          for (const id of this.seats.keys()) this.c.attend(id, this.session);
        }
        return;
      case 'round.ended':
        this.c.boundary();
        return;
      case 'observation.undone':
        // An undo counts wherever it falls: a tag taken back after its round ended still does not count.
        this.c.undoTag(str(p, 'id') ?? '');
        return;
    }
  }

  /**
   * The metrics so far: equal to `participation()` over the same events. A snapshot never changes when
   * more events arrive; the parts that are shared between snapshots (follows, sociograms) are frozen.
   */
  snapshot(): Participation {
    const enrolled = [...this.enrolled];
    const among = this.enrolledSet;
    const tallyOf = (id: string) => this.c.tallies.get(id) ?? NOBODY;
    const counts = enrolled.map((id) => tallyOf(id).turns);
    const turns = counts.reduce((a, b) => a + b, 0);
    const live = !this.sessionEnded && (this.opts.round === undefined || this.roundOpen);
    const wanted = this.opts.present ? new Set(this.opts.present) : null;
    const present = enrolled.filter((id) => (wanted ? wanted.has(id) : live ? this.seats.get(id) === true : tallyOf(id).attendance > 0));
    const countOf = dict<number>();
    const lastTurn = dict<number>();
    for (const [id, t] of this.c.tallies) {
      countOf[id] = t.turns;
      lastTurn[id] = t.lastTurn;
    }
    const gStar = giniNormalized(counts);
    return {
      children: enrolled.map((id) => tallyOf(id).row(id, turns)),
      group: {
        sessions: this.sessionEvents > 0 ? this.session + 1 : this.session,
        enrolled,
        turns,
        gini: gini(counts),
        giniNormalized: gStar,
        entropy: normalizedEntropy(counts),
        cv: coefficientOfVariation(counts),
        reading: equalityReading(gStar, counts),
        follows: this.followsMemo.get(`${this.c.follows.version}/${enrolled.length}`, () => this.c.follows.matrix(enrolled, among)),
        starPasses: this.starMemo.get(`${this.c.starEdges.version}/${enrolled.length}`, () => sociogram(this.c.starEdges.edges(among), enrolled)),
        cardsGiven: this.cardMemo.get(`${this.c.cardEdges.version}/${enrolled.length}`, () => sociogram(this.c.cardEdges.edges(among), enrolled)),
        live,
        present,
        quiet: quietChildren({ present, counts: countOf, lastTurn, groupTurns: this.c.groupTurns }, this.opts.quiet),
      },
    };
  }
}
