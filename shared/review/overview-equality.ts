// The group's equality of turns over its sessions (normalised Gini G*, entropy J and the plain reading), for chart and table.
import type { ReviewGroup } from '../api/review';
import type { EqualityReading } from '../metrics/reading';

export interface EqualityPoint {
  session: number;
  turns: number;
  /** Children present / enrolled in that session. */
  present: number;
  enrolled: number;
  /** 0 = every child had as many turns, 1 = one child had them all; null when undefined (no turns, one child). */
  giniNormalized: number | null;
  /** 1 = equal, 0 = one child took all; null when undefined. */
  entropy: number | null;
  reading: EqualityReading;
}

/** Straight from each session's metrics (the same code the live console runs), oldest first. */
export function equalitySeries(review: ReviewGroup): EqualityPoint[] {
  return review.sessions.map((s) => ({
    session: s.number,
    turns: s.metrics.group.turns,
    present: s.metrics.children.filter((c) => c.attendance > 0).length,
    enrolled: s.metrics.group.enrolled.length,
    giniNormalized: s.metrics.group.giniNormalized,
    entropy: s.metrics.group.entropy,
    reading: s.metrics.group.reading,
  }));
}
