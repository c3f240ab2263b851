// Every error code the server can answer with, namespaced by area, plus the union type.
export const ERROR_CODES = [
  'protocol.version',
  'protocol.invalid',
  'rate.limited',
  'auth.required',
  'auth.denied',
  'join.code_unknown',
  'join.rate_limited',
  'session.ended',
  'session.unknown',
  'role.denied',
  'seat.taken',
  'seat.unknown_child',
  'seat.not_requested',
  'seat.not_seated',
  'seat.already_yours',
  'seat.same',
  'reaction.too_fast',
  'round.none',
  'round.already',
  'round.paused',
  'activity.settings',
  'timer.off',
  'star.not_holder',
  'star.bad_target',
  'star.already_had',
  'spotlight.not_presenter',
  'spotlight.busy',
  'spotlight.no_turn',
  'spotlight.nobody',
  'spotlight.not_started',
  'spotlight.no_more_cards',
  'checkin.unknown_instrument',
  'checkin.not_now',
  'checkin.stale_item',
  'checkin.bad_option',
  'observation.unknown',
  'observation.too_late',
  'server.error',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(x: unknown): x is ErrorCode {
  return typeof x === 'string' && (ERROR_CODES as readonly string[]).includes(x);
}
