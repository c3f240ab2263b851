// Per-child trends over a group's sessions: which measures can be charted, and one line of values per child.
import type { ReviewGroup } from '../api/review';
import type { ChildParticipation } from '../metrics/types';
import { checkinBySession, type UsedInstrument } from './overview-checkins';

/** Participation measures a trend can show (the per-session metric fields). */
export const TREND_MEASURES = [
  'turns',
  'airtime',
  'passes',
  'starPassesReceived',
  'starPassesGiven',
  'reactionsReceived',
  'reactionsGiven',
  'cardsReceived',
  'cardsGiven',
  'helpGiven',
] as const;
export type TrendMeasure = (typeof TREND_MEASURES)[number];

/** A measure, or `instrument:<instrument id>` for the totals of one instrument. */
export type TrendMetric = TrendMeasure | `instrument:${string}`;

export type TrendUnit = 'count' | 'minutes' | 'score';

export interface TrendLine {
  childId: string;
  /** One value per session, oldest first; null where there is nothing to show (absent, or no scored check-in). */
  values: (number | null)[];
}

export interface TrendSeries {
  metric: TrendMetric;
  unit: TrendUnit;
  /** Session numbers, the x axis. */
  sessions: number[];
  lines: TrendLine[];
  /** The axis range when the metric has one (a check-in's score range). */
  min: number | null;
  max: number | null;
}

/** The metrics a group can chart: every participation measure, then one per check-in instrument it used. */
export function trendMetrics(used: readonly UsedInstrument[]): TrendMetric[] {
  return [...TREND_MEASURES, ...used.map((i) => `instrument:${i.id}` as const)];
}

export function instrumentOfMetric(metric: TrendMetric): string | null {
  return metric.startsWith('instrument:') ? metric.slice('instrument:'.length) : null;
}

function measureValue(row: ChildParticipation, measure: TrendMeasure): number {
  // Minutes with one decimal: an axis of 0–6 min reads better than 0–360000 ms.
  if (measure === 'airtime') return Math.round(row.airtimeMs / 6000) / 10;
  return row[measure];
}

/**
 * One line per child (the given order). A participation value is null in a session the child did not attend:
 * a gap, not a zero that would read as "was there and did nothing".
 */
export function trendSeries(review: ReviewGroup, metric: TrendMetric, childIds: readonly string[], used: readonly UsedInstrument[] = []): TrendSeries {
  const sessions = review.sessions.map((s) => s.number);
  const instrumentId = instrumentOfMetric(metric);
  if (instrumentId !== null) {
    const inst = used.find((i) => i.id === instrumentId);
    return {
      metric,
      unit: 'score',
      sessions,
      lines: childIds.map((childId) => ({ childId, values: checkinBySession(review.checkins, instrumentId, childId, sessions.length) })),
      min: inst?.min ?? null,
      max: inst?.max ?? null,
    };
  }
  const measure = metric as TrendMeasure;
  const lines = childIds.map((childId) => ({
    childId,
    values: review.sessions.map((s) => {
      const row = s.metrics.children.find((c) => c.childId === childId);
      return row && row.attendance > 0 ? measureValue(row, measure) : null;
    }),
  }));
  return { metric, unit: measure === 'airtime' ? 'minutes' : 'count', sessions, lines, min: 0, max: null };
}
