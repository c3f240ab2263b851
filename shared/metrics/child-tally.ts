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

  get turns(): number {
    return this.presentations + this.passes + this.starHolds + this.piecesPlaced;
  }

  /** A fresh row (no shared objects), so a snapshot never changes when more events arrive. */
  row(childId: string, groupTurns: number): ChildParticipation {
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
