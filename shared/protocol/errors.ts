// Every error code the server can answer with: the core codes here, each activity's from its own errors.ts.
import type { ACTIVITIES, ActivityId } from '../activities/registry';
// The codes come from the one-line error list, not the registry: a tablet checks a code without loading every
// activity's rules (test/unit/protocol.test.ts holds the list to the registry's `errors`).
import * as ACTIVITY_ERRORS from '../activities/error-list';

/** Codes of the session, seats, rounds and connection: every activity's rules may answer with these too. */
export const CORE_ERROR_CODES = [
  'protocol.version',
  'protocol.invalid',
  'rate.limited',
  'auth.required',
  'auth.denied',
  'join.code_unknown',
  'join.rate_limited',
  'join.guessing',
  'join.code_changed',
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
  'observation.unknown',
  'observation.too_late',
  'server.error',
] as const;

export type CoreErrorCode = (typeof CORE_ERROR_CODES)[number];
/** The codes the registry's activities declare (`errors` on each ActivityDef). */
export type ActivityErrorCode = (typeof ACTIVITIES)[ActivityId]['errors'][number];
export type ErrorCode = CoreErrorCode | ActivityErrorCode;

function allCodes(): readonly ErrorCode[] {
  const all: ErrorCode[] = [...CORE_ERROR_CODES];
  for (const [list, codes] of Object.entries(ACTIVITY_ERRORS) as [string, readonly ActivityErrorCode[]][]) {
    for (const code of codes) {
      // One code, one meaning: a code declared twice would be worded twice.
      if (all.includes(code)) throw new Error(`error code ${code} is declared twice (again in ${list})`);
      all.push(code);
    }
  }
  return all;
}

export const ERROR_CODES: readonly ErrorCode[] = allCodes();

export function isErrorCode(x: unknown): x is ErrorCode {
  return typeof x === 'string' && (ERROR_CODES as readonly string[]).includes(x);
}
