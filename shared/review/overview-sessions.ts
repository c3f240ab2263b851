// The sessions table of a group's review: date, duration, programme session, attendance and rounds per session.
import type { ReviewGroup } from '../api/review';
import type { PlanSession } from '../programmes/programme';
import type { PlayedRound, SessionDigest } from './overview-digest';

export interface SessionRow {
  number: number;
  startedAt: number;
  endedAt: number | null;
  /** null while the session is still running. */
  durationMs: number | null;
  /** The programme session it ran (from its log); null without a plan, undefined while the log is not read. */
  planSession: PlanSession | null | undefined;
  /** Children enrolled at the time (the session's metrics roster), in enrolment order. */
  enrolled: string[];
  present: string[];
  absent: string[];
  /** Rounds played (undefined while the log is not read). */
  rounds: PlayedRound[] | undefined;
}

export function sessionRows(review: ReviewGroup, digests: ReadonlyMap<number, SessionDigest> = new Map()): SessionRow[] {
  return review.sessions.map((s) => {
    const attended = new Set(s.metrics.children.filter((c) => c.attendance > 0).map((c) => c.childId));
    const enrolled = s.metrics.group.enrolled;
    const digest = digests.get(s.number);
    return {
      number: s.number,
      startedAt: s.startedAt,
      endedAt: s.endedAt,
      durationMs: s.endedAt === null ? null : Math.max(0, s.endedAt - s.startedAt),
      planSession: digest ? digest.planSession : undefined,
      enrolled,
      present: enrolled.filter((id) => attended.has(id)),
      absent: enrolled.filter((id) => !attended.has(id)),
      rounds: digest?.rounds,
    };
  });
}

/** The group's span: first session's start to the last one's end (or start, while it runs); null without sessions. */
export function programmeSpan(review: ReviewGroup): { from: number; to: number } | null {
  const first = review.sessions[0];
  const last = review.sessions[review.sessions.length - 1];
  if (!first || !last) return null;
  return { from: first.startedAt, to: last.endedAt ?? last.startedAt };
}
