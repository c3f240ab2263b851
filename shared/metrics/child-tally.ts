// One child's running counters inside the accumulator, and their read-out as a ChildParticipation row.
import { zeroTags } from './readers';
import { RunningMedian } from './running-median';
import type { ChildParticipation, ObservationTag } from './types';

export class ChildTally {
  presentations = 0;
  passes = 0;
  starHolds = 0;
  piecesPlaced = 0;
  presentingMs = 0;
  holdingMs = 0;
  readonly latency = new RunningMedian();
  starPassesGiven = 0;
  starPassesReceived = 0;
  reactionsGiven = 0;
  reactionsReceived = 0;
  waves = 0;
  helpAsked = 0;
  helpGiven = 0;
  helpReceived = 0;
  cardsGiven = 0;
  cardsReceived = 0;
  cardsSelfPicked = 0;
  checkinsFinished = 0;
  checkinsDeclined = 0;
  readonly observations: Record<ObservationTag, number> = zeroTags();
  attendance = 0;
  /** Index of the last session this child was counted as attending (so a session counts once). */
  attendedSession = -1;
  /** 1-based index of the child's last turn in the group's turn sequence; 0 = none yet. */
  lastTurn = 0;

  /** Bumped by Counts each time the tally is handed out for writing: a row made since is still this tally's row. */
  writes = 0;
  private made: { childId: string; groupTurns: number; writes: number; row: ChildParticipation } | undefined;

  get turns(): number {
    return this.presentations + this.passes + this.starHolds + this.piecesPlaced;
  }

  /**
   * The child's row, frozen, so a snapshot never changes when more events arrive. The same object while nothing
   * it shows changed: live metrics go out with every commit, and a fresh row per child per commit was a fifth of
   * what a busy server allocated (and the deltas compare an unchanged row by identity).
   */
  row(childId: string, groupTurns: number): ChildParticipation {
    const m = this.made;
    if (m && m.childId === childId && m.groupTurns === groupTurns && m.writes === this.writes) return m.row;
    const row = this.freshRow(childId, groupTurns);
    Object.freeze(row.observations);
    this.made = { childId, groupTurns, writes: this.writes, row: Object.freeze(row) };
    return row;
  }

  private freshRow(childId: string, groupTurns: number): ChildParticipation {
    const turns = this.turns;
    return {
      childId,
      attendance: this.attendance,
      turns,
      share: groupTurns > 0 ? turns / groupTurns : null,
      presentations: this.presentations,
      passes: this.passes,
      starHolds: this.starHolds,
      piecesPlaced: this.piecesPlaced,
      airtimeMs: this.presentingMs,
      presentingMs: this.presentingMs,
      holdingMs: this.holdingMs,
      medianLatencyMs: this.latency.median(),
      latencySamples: this.latency.count,
      starPassesGiven: this.starPassesGiven,
      starPassesReceived: this.starPassesReceived,
      reactionsGiven: this.reactionsGiven,
      reactionsReceived: this.reactionsReceived,
      waves: this.waves,
      helpAsked: this.helpAsked,
      helpGiven: this.helpGiven,
      helpReceived: this.helpReceived,
      cardsGiven: this.cardsGiven,
      cardsReceived: this.cardsReceived,
      cardsSelfPicked: this.cardsSelfPicked,
      checkinsFinished: this.checkinsFinished,
      checkinsDeclined: this.checkinsDeclined,
      observations: { ...this.observations },
    };
  }
}
