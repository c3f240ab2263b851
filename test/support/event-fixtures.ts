// Typed pieces for hand-written activity event fixtures: what a check-in response carries besides its child and status.
import type { CheckinResponse } from '../../shared/activities/checkin';

/** A check-in response's other fields, as the check-in logs them (the metrics read only childId and status). */
export const CHECKIN_REST: Omit<CheckinResponse, 'childId' | 'status'> = {
  instrumentId: 'daily',
  version: '1',
  answers: {},
  skipped: [],
  itemMs: {},
  itemScores: {},
  total: null,
  changes: 0,
  durationMs: null,
  language: 'en',
};
