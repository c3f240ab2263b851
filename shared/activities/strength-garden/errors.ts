// The error codes this activity's rules answer with (their words are in its words.*.ts).
export const STRENGTH_GARDEN_ERRORS = [
  'garden.not_now',
  'garden.picks_full',
  'garden.already_picked',
  'garden.not_picked',
  'garden.unknown_card',
  'garden.bad_peer',
  'garden.already_given',
  'garden.peer_full',
  'garden.has_flowers',
] as const;

export type StrengthGardenErrorCode = (typeof STRENGTH_GARDEN_ERRORS)[number];
