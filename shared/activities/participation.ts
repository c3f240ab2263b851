// What an activity's events mean for participation (MEASURES §2), declared in its folder: the metrics apply these facts and know no activity.
import type { ActivityEvent } from './activity';

/** The turn counters MEASURES defines; each activity names which of its events is which kind of turn. */
export type TurnCounter = 'presentations' | 'passes' | 'starHolds' | 'piecesPlaced';

/**
 * One thing a logged event says about the children. A turn is `chain` when the next turn follows from it (who
 * follows whom in Spotlight and Build Together), `hold` when the edge is the pass itself (Pass the Star).
 */
export type ParticipationFact =
  /** A turn. `latencyMs`: how long the child took to start it; `sinceOffer`: latency runs from the child's last offer. */
  | { fact: 'turn'; child: string; kind: 'chain' | 'hold'; counts: TurnCounter; latencyMs?: number | null; sinceOffer?: true }
  /** A turn was offered to the child (the latency of their next turn with `sinceOffer` runs from here). */
  | { fact: 'offered'; child: string }
  /** The child was asked and passed without a turn counted (not a turn in MEASURES; the fair scheduler notes when). */
  | { fact: 'asked'; child: string }
  /** Time the child spent presenting (airtime) or holding the star. */
  | { fact: 'time'; child: string; measure: 'presentingMs' | 'holdingMs'; ms: number | null }
  /** A pass from one child to another: given and received, who follows whom, and an edge of the pass sociogram. */
  | { fact: 'passed'; from: string; to: string }
  | { fact: 'help-asked'; child: string }
  | { fact: 'helped'; from: string; to: string }
  /** A card the child picked for themselves (`kept: false`: they put it back). */
  | { fact: 'self-card'; child: string; kept: boolean }
  /** A card one child gave another: given and received, and an edge of the cards sociogram. */
  | { fact: 'card-given'; from: string; to: string }
  | { fact: 'check-in-status'; child: string; status: 'finished' | 'declined' };

/** Per event type, the facts its payload states; event types without an entry say nothing about participation. */
export type Participation<E extends ActivityEvent> = {
  [K in E['type']]?: (payload: Extract<E, { type: K }>['payload']) => ParticipationFact[];
};
