// The process-record API's answers: the review's list of sessions with their record status, and one record.
import type { DraftedRecord } from '../records/draft';
import type { RecordFields, RecordStatus } from '../records/fields';

/** The list row of a session: its record's status. */
export interface RecordListRow {
  number: number;
  sessionId: string;
  startedAt: number;
  endedAt: number | null;
  title: string;
  status: RecordStatus;
  version: number;
}

/** One record as the review page shows it: the drafted part (read-only), the worker's fields, the history. */
export interface RecordView {
  number: number;
  drafted: DraftedRecord;
  status: RecordStatus;
  version: number;
  fields: RecordFields;
  history: { version: number; final: boolean; changed: string[]; by: string; at: number }[];
  canWrite: boolean;
  /** A facilitator of the group (may start a correction of a final version). */
  canRun: boolean;
  children: { id: string; nickname: string }[];
}
