// Observation tags: the facilitator's quick notes on a child (MEASURES §2, after Bales), positive first.
export const OBSERVATION_TAGS = [
  'helped-peer',
  'encouraged',
  'spoke-clearly',
  'shared-idea',
  'asked-question',
  'joined-in',
  // The programmes' own goals (emotional control, speaking with peers, understanding others, screen-time plans):
  // positive, so a worker can note progress on the goal the session works on.
  'calmed-down',
  'spoke-with-peer',
  'understood-other',
  'screen-plan',
  'tension',
  'withdrew',
  'disagreed',
] as const;

export type ObservationTag = (typeof OBSERVATION_TAGS)[number];

/** A tag can be taken back this long after it was logged (a mis-tap), not later. */
export const OBSERVATION_UNDO_MS = 60_000;

/** The longest note a facilitator may attach to a tag (the facilitator's words, never a child's). */
export const OBSERVATION_NOTE_MAX = 200;

export interface Observation {
  /** The id of the intent that logged it; the undo names it. */
  id: string;
  childId: string;
  tag: ObservationTag;
  note: string | null;
  at: number;
  by: string;
  undone: boolean;
}
