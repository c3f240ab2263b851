// The error codes this activity's rules answer with (their words are in its words.*.ts).
export const __CONST___ERRORS = ['__ID__.not_in_round', '__ID__.same_answer'] as const;

export type __Camel__ErrorCode = (typeof __CONST___ERRORS)[number];
