// The error codes this activity's rules answer with (their words are in its words.*.ts).
export const BUILD_TOGETHER_ERRORS = [
  'build.not_your_turn',
  'build.not_your_piece',
  'build.wrong_place',
  'build.slot_taken',
  'build.already_asked',
  'build.no_help_needed',
  'build.no_turns',
  'build.nobody',
] as const;

export type BuildTogetherErrorCode = (typeof BUILD_TOGETHER_ERRORS)[number];
