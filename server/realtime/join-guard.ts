// Looks up a live room by join code, rate-limiting wrong codes per address so codes cannot be guessed.
import type { ErrorCode } from '../../shared/protocol/errors';
import { JOIN_CODE_PATTERN } from '../../shared/protocol/handshake';
import { RateLimiter } from '../auth/rate-limiter';
import type { Room } from '../rooms/room';
import type { RoomRegistry } from '../rooms/room-registry';

export const WRONG_CODES_PER_MINUTE = 10;

export class JoinGuard {
  private readonly wrong: RateLimiter;

  constructor(
    private readonly registry: RoomRegistry,
    now: () => number,
    maxWrongPerMinute = WRONG_CODES_PER_MINUTE,
  ) {
    this.wrong = new RateLimiter(maxWrongPerMinute, 60_000, now);
  }

  find(address: string, code: string): { ok: true; room: Room } | { ok: false; code: ErrorCode } {
    if (this.wrong.blocked(address)) return { ok: false, code: 'join.rate_limited' };
    const room = JOIN_CODE_PATTERN.test(code) ? this.registry.byCodeOrUndefined(code) : undefined;
    if (!room || room.ended) {
      this.wrong.hit(address);
      return { ok: false, code: 'join.code_unknown' };
    }
    return { ok: true, room };
  }
}
