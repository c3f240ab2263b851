// The error codes this activity's rules answer with (their words are in its words.*.ts).
export const PASS_STAR_ERRORS = ['star.not_holder', 'star.bad_target', 'star.already_had'] as const;

export type PassStarErrorCode = (typeof PASS_STAR_ERRORS)[number];
