// Looks up a live session by join code, counting wrong codes per address (in the shared table) so codes cannot be guessed.
import type { ErrorCode } from '../../shared/protocol/errors';
import { JOIN_CODE_PATTERN } from '../../shared/protocol/handshake';
import type { RateLimits } from '../store/rate-limits-repo';
import type { SessionRecord, SessionsRepo } from '../store/sessions-repo';

export const WRONG_CODES_PER_MINUTE = 10;
const WINDOW_MS = 60_000;

export class JoinGuard {
  constructor(
    private readonly sessions: SessionsRepo,
    private readonly limits: RateLimits,
    private readonly maxWrongPerMinute = WRONG_CODES_PER_MINUTE,
  ) {}

  /**
   * Only wrong codes count, per address and shared by all nodes: a tablet reconnecting all afternoon (and a room of
   * tablets behind one NAT reconnecting at once after a node failed over) never runs out.
   * The try is counted before the lookup and taken back when the code was right: counted after, 200 parallel guesses
   * all passed the check before any was counted (23 of them looked up on PostgreSQL).
   */
  async find(address: string, code: string): Promise<{ ok: true; session: SessionRecord } | { ok: false; code: ErrorCode }> {
    const key = `join:${address}`;
    if ((await this.limits.hit(key, WINDOW_MS)) > this.maxWrongPerMinute) {
      await this.limits.undo(key);
      return { ok: false, code: 'join.rate_limited' };
    }
    const session = JOIN_CODE_PATTERN.test(code) ? await this.sessions.liveByCode(code) : undefined;
    if (!session) return { ok: false, code: 'join.code_unknown' };
    await this.limits.undo(key);
    return { ok: true, session };
  }
}
