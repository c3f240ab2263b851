// The error codes this activity's rules answer with (their words are in its words.*.ts).
export const SPOTLIGHT_ERRORS = [
  'spotlight.not_presenter',
  'spotlight.busy',
  'spotlight.no_turn',
  'spotlight.nobody',
  'spotlight.not_started',
  'spotlight.no_more_cards',
] as const;

export type SpotlightErrorCode = (typeof SPOTLIGHT_ERRORS)[number];
