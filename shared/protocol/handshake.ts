// Handshake auth payloads per client kind (Socket.IO `auth`), validated before a socket is admitted.
import * as v from 'valibot';
import type { ParseResult } from './intents';
import { JOIN_CODE_PATTERN, SEAT_TOKEN_PATTERN } from './join-code';

export { JOIN_CODE_PATTERN, SEAT_TOKEN_PATTERN } from './join-code';

const Since = v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)));
const Protocol = v.pipe(v.number(), v.integer());

export const HandshakeSchema = v.variant('role', [
  v.strictObject({ role: v.literal('console'), protocol: Protocol, sessionId: v.pipe(v.string(), v.maxLength(64)), since: Since }),
  v.strictObject({ role: v.literal('screen'), protocol: Protocol, screenToken: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,64}$/)), since: Since }),
  v.strictObject({
    role: v.literal('tablet'),
    protocol: Protocol,
    code: v.pipe(v.string(), v.regex(JOIN_CODE_PATTERN)),
    seatToken: v.pipe(v.string(), v.regex(SEAT_TOKEN_PATTERN)),
    since: Since,
  }),
]);

export type Handshake = v.InferOutput<typeof HandshakeSchema>;

export function parseHandshake(input: unknown): ParseResult<Handshake> {
  const r = v.safeParse(HandshakeSchema, input);
  if (r.success) return { ok: true, value: r.output };
  return { ok: false, message: r.issues.map((i) => i.message).join('; ') };
}
