// Check-in events: assent, each answer with its timing, going back, and one final response per child.
import type { Language } from '../../session/roster';

export type CheckinStatus = 'finished' | 'partial' | 'declined' | 'no-answer';

/** The stored result of one child's check-in: replayable and exportable like every other event. */
export interface CheckinResponse {
  childId: string;
  instrumentId: string;
  version: string;
  /** finished: reached the end (items may be skipped); partial: the round ended midway; declined: said "not today"; no-answer: present, never began. */
  status: CheckinStatus;
  /** Option id per item id; null = skipped (by the child, or unanswered when the round ended). */
  answers: Record<string, string | null>;
  skipped: string[];
  /** Milliseconds from an item appearing to its (last) answer. */
  itemMs: Record<string, number>;
  /** Item scores after reversal and the total (null unless complete), from scoreResponse. */
  itemScores: Record<string, number | null>;
  total: number | null;
  /** Answers changed after going back. */
  changes: number;
  durationMs: number | null;
  /** The language the child saw the items in. */
  language: Language | null;
}

export type CheckinEvent =
  | { type: 'checkin.assented'; payload: { childId: string; yes: boolean; language: Language | null } }
  | { type: 'checkin.answered'; payload: { childId: string; itemId: string; option: string | null; ms: number; changed: boolean; language: Language | null } }
  | { type: 'checkin.went-back'; payload: { childId: string; index: number } }
  | { type: 'checkin.response'; payload: CheckinResponse };
