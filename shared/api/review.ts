// What the review API answers: a group's sessions with their metrics and check-ins, and one session's log for replay.
import type { InstrumentResponse } from '../instruments/response';
import type { Participation } from '../metrics';
import type { SessionEvent } from '../session/events';
import type { ChildInfo } from './schemas';

/** A check-in result without the item answers' timings; `session` is the session's number in the group (1-based). */
export type ReviewCheckin = Omit<InstrumentResponse, 'itemMs'> & { session: number; at: number };

export interface ReviewSession {
  number: number;
  id: string;
  startedAt: number;
  endedAt: number | null;
  metrics: Participation;
}

export interface ReviewGroup {
  children: ChildInfo[];
  /** Display names of the staff given the group to run (for the report's title page). */
  facilitators: string[];
  /** Oldest first; session n is `sessions[n - 1]`. */
  sessions: ReviewSession[];
  /** The metrics over every session of the group. */
  programme: Participation;
  checkins: ReviewCheckin[];
  /** The centre's time zone (IANA, e.g. "Asia/Shanghai"): pages write every date and time in it, as the exports do. */
  timeZone: string;
}

/** One session's whole log for replay (device hashes removed); the client folds it to any moment. */
export interface ReviewSessionLog {
  number: number;
  id: string;
  startedAt: number;
  endedAt: number | null;
  events: SessionEvent[];
}
