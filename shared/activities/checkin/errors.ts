// The error codes this activity's rules answer with (their words are in its words.*.ts).
export const CHECKIN_ERRORS = ['checkin.unknown_instrument', 'checkin.not_now', 'checkin.stale_item', 'checkin.bad_option'] as const;

export type CheckinErrorCode = (typeof CHECKIN_ERRORS)[number];
