// Looks up a live session by join code, counting wrong codes per address and across all addresses (in the shared table).
import type { ErrorCode } from '../../shared/protocol/errors';
import { JOIN_CODE_PATTERN } from '../../shared/protocol/handshake';
import type { RateLimits } from '../store/rate-limits-repo';
import type { SessionRecord, SessionsRepo } from '../store/sessions-repo';

export const WRONG_CODES_PER_MINUTE = 10;
/**
 * Wrong codes per minute from all addresses together. One address gets 10; 124 addresses found a 4-digit code in
 * 2.1 s. A centre's tablets mistype a few codes a minute, not 60.
 */
export const WRONG_CODES_GLOBAL_PER_MINUTE = 60;
const WINDOW_MS = 60_000;
const GLOBAL_KEY = 'join-global';

/**
 * `replaced`: the code was the session's previous one and the device is seated there; it is told the new code
 * (it reconnects with that one, to the node the load balancer routes the new code to).
 */
export type JoinLookup = { ok: true; session: SessionRecord; replaced?: true } | { ok: false; code: ErrorCode };

/** Whether the device asking is seated in the session (`replaced`: asked about a session whose code it gave was replaced). */
export type KnownDevice = (session: SessionRecord, replaced: boolean) => Promise<boolean>;

export class JoinGuard {
  constructor(
    private readonly sessions: SessionsRepo,
    private readonly limits: RateLimits,
    private readonly maxWrongPerMinute = WRONG_CODES_PER_MINUTE,
    /** Called once when the ceiling across all addresses is passed (the live consoles are told). */
    private readonly onGuessing: () => void = () => {},
  ) {}

  /**
   * Only wrong codes count, per address and shared by all nodes: a tablet reconnecting all afternoon (and a room of
   * tablets behind one NAT reconnecting at once after a node failed over) never runs out.
   * The try is counted before the lookup and taken back when the code was right: counted after, 200 parallel guesses
   * all passed the check before any was counted (23 of them looked up on PostgreSQL).
   * Past the ceiling across all addresses only a device the session already knows (`known`: a seated tablet coming
   * back) gets in; everyone else is answered `join.rate_limited` whether the code is right or not, so guessing
   * teaches nothing and the children already seated stay.
   * A session's previous code (replaced by a new one) opens nothing new: only a device seated in that session is
   * answered, with the session; anyone else's try is a wrong code like any other.
   */
  async find(address: string, code: string, known?: KnownDevice): Promise<JoinLookup> {
    const key = `join:${address}`;
    if ((await this.limits.hit(key, WINDOW_MS)) > this.maxWrongPerMinute) {
      await this.limits.undo(key);
      return { ok: false, code: 'join.rate_limited' };
    }
    // Across all addresses only wrong codes are counted (after the lookup): the per-address count above already
    // bounds what parallel guesses from one address can do, and a right code must not write to this one row that
    // every handshake of every node would otherwise queue on (2,400 tablets reconnect at once after a failover).
    const session = JOIN_CODE_PATTERN.test(code) ? await this.sessions.liveByCode(code) : undefined;
    if (!session && known && JOIN_CODE_PATTERN.test(code)) {
      const replaced = await this.sessions.liveByPreviousCode(code);
      if (replaced && (await known(replaced, true))) {
        await this.limits.undo(key);
        return { ok: true, session: replaced, replaced: true };
      }
    }
    if (!session) {
      const overall = await this.limits.hit(GLOBAL_KEY, WINDOW_MS);
      if (overall === WRONG_CODES_GLOBAL_PER_MINUTE + 1) this.onGuessing();
      return { ok: false, code: overall > WRONG_CODES_GLOBAL_PER_MINUTE ? 'join.rate_limited' : 'join.code_unknown' };
    }
    await this.limits.undo(key);
    const guessing = (await this.limits.count(GLOBAL_KEY, WINDOW_MS)) > WRONG_CODES_GLOBAL_PER_MINUTE;
    if (guessing && !(known && (await known(session, false)))) return { ok: false, code: 'join.rate_limited' };
    return { ok: true, session };
  }
}
