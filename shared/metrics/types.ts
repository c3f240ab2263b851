// Inputs and results of the participation metrics: the event shape they read and the per-child / per-group rows.
import type { FollowCounts } from './follows';
import type { QuietChild, QuietOptions } from './quiet';
import type { EqualityReading } from './reading';
import type { Sociogram } from './sociogram';

/**
 * What the metrics read of a log entry. A `SessionEvent` is one; so are events of activities the session
 * types do not know yet (their payloads are read with narrow checks, and unknown types are ignored).
 */
export interface MetricEvent {
  seq: number;
  type: string;
  payload: unknown;
  at: number;
}

/** Facilitator observation tags, positive first (Bales-inspired, MEASURES §2): the session's own list. */
export { OBSERVATION_TAGS, type ObservationTag } from '../session/observations';
import type { ObservationTag } from '../session/observations';

/** Extra enrolled children beyond the logs' rosters: ids, or roster entries. */
export type RosterInput = readonly (string | { readonly childId: string })[];

export interface ParticipationOptions {
  /** Only round number n (round.started n … its round.ended, both included); in a programme, round n of each session. */
  round?: number;
  /**
   * Who counts as present for quiet children. Default: while the session (or the scoped round) is running,
   * children seated and connected now; once it has ended, children who attended the scope.
   */
  present?: readonly string[];
  quiet?: QuietOptions;
}

export interface ChildParticipation {
  childId: string;
  /** Sessions in the scope in which the child was seated (0/1 for a session or a round). */
  attendance: number;
  /** All turns: presentations + passes + starHolds + piecesPlaced. */
  turns: number;
  /** turns / all enrolled children's turns; null when there are none. */
  share: number | null;
  /** Spotlight presentations started ("I'm ready"). */
  presentations: number;
  /** Spotlight passes (by the child or skipped by staff): a turn too, never penalised. */
  passes: number;
  /** Times the child got the star (given or passed to them). */
  starHolds: number;
  /** Build Together pieces placed. */
  piecesPlaced: number;
  /** Airtime as MEASURES §2 defines it: Spotlight presenting time (= presentingMs); holding the star is not in it. */
  airtimeMs: number;
  /** Presenting time: the durations of the `presentingMs` time facts activities declare. */
  presentingMs: number;
  /** Pass the Star hold times, counted when the hold ends (passed on, taken back, or the round ended). */
  holdingMs: number;
  /**
   * Median response latency: Spotlight offer → "ready" or the child's own pass (a staff skip is not the
   * child acting, so it is no sample); Build Together offer → that child's next placed piece. null = none.
   */
  medianLatencyMs: number | null;
  latencySamples: number;
  starPassesGiven: number;
  starPassesReceived: number;
  reactionsGiven: number;
  /** Reactions sent while this child was in focus (reaction.sent payload.to). */
  reactionsReceived: number;
  waves: number;
  helpAsked: number;
  helpGiven: number;
  helpReceived: number;
  cardsGiven: number;
  cardsReceived: number;
  cardsSelfPicked: number;
  checkinsFinished: number;
  checkinsDeclined: number;
  /** Observation tags that were not undone, every tag present (zeros included). */
  observations: Record<ObservationTag, number>;
}

export interface GroupParticipation {
  /** Sessions seen (1 for a session or a round). */
  sessions: number;
  /** Enrolled children: the roster argument, then every session.started / roster.synced roster, in order of appearance. */
  enrolled: string[];
  /** Turns of the enrolled children in the scope. */
  turns: number;
  /** Equality of the enrolled children's turn counts (zeros included); null where undefined (see equality.ts). */
  gini: number | null;
  giniNormalized: number | null;
  entropy: number | null;
  cv: number | null;
  reading: EqualityReading;
  /**
   * Who-follows-whom among enrolled children: consecutive turns (merged repeats) within one round for
   * Spotlight and Build Together; the pass itself (giver → receiver) for Pass the Star.
   */
  follows: FollowCounts;
  /** Star passes between children (a facilitator's "give" is not an edge). */
  starPasses: Sociogram;
  /** Strength cards given (self-picked cards are not edges). */
  cardsGiven: Sociogram;
  /** True while the (last) session — or the scoped round — is still running. */
  live: boolean;
  /** Who counted as present for the quiet rule (enrolled order). */
  present: string[];
  quiet: QuietChild[];
}

export interface Participation {
  /** One row per enrolled child, in enrolment order; a child who did nothing is a row of zeros. */
  children: ChildParticipation[];
  group: GroupParticipation;
}
