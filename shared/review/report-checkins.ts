// Check-in results per session for the report: how many children gave a complete answer, the group's mean and range.
import type { ReviewCheckin } from '../api/review';

export interface CheckinSessionSummary {
  session: number;
  /** Children with a scored (complete) response. */
  n: number;
  /** Responses of any status for this instrument (declined and partial included). */
  responses: number;
  mean: number | null;
  min: number | null;
  max: number | null;
}

/**
 * One row per session number 1…sessions. A child answering twice in one session counts once, with their last
 * complete answer (as the trend chart shows it); `responses` counts children who answered at all.
 */
export function checkinSessionSummaries(checkins: readonly ReviewCheckin[], instrumentId: string, sessions: number): CheckinSessionSummary[] {
  const rows: CheckinSessionSummary[] = [];
  for (let session = 1; session <= sessions; session++) {
    const here = checkins.filter((c) => c.instrumentId === instrumentId && c.session === session).sort((a, b) => a.at - b.at);
    const lastScored = new Map<string, number>();
    for (const c of here) if (c.status === 'finished' && c.total !== null) lastScored.set(c.childId, c.total);
    const totals = [...lastScored.values()];
    rows.push({
      session,
      n: totals.length,
      responses: new Set(here.map((c) => c.childId)).size,
      mean: totals.length ? totals.reduce((a, b) => a + b, 0) / totals.length : null,
      min: totals.length ? Math.min(...totals) : null,
      max: totals.length ? Math.max(...totals) : null,
    });
  }
  return rows;
}
