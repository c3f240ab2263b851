// The index of live and past sessions (join code, screen token); the event log holds their content.
import { isUniqueViolation, type Sql } from './sql/sql';

export interface SessionRecord {
  id: string;
  groupId: string;
  joinCode: string | null;
  /** The code a new one replaced in this session: only tablets already seated may still come back with it. */
  previousJoinCode: string | null;
  screenToken: string;
  status: 'live' | 'ended';
  startedAt: number;
  endedAt: number | null;
}

interface SessionRow {
  id: string;
  group_id: string;
  join_code: string | null;
  previous_join_code: string | null;
  screen_token: string;
  status: 'live' | 'ended';
  started_at: number;
  ended_at: number | null;
}

const toRecord = (r: SessionRow): SessionRecord => ({
  id: r.id,
  groupId: r.group_id,
  joinCode: r.join_code,
  previousJoinCode: r.previous_join_code ?? null,
  screenToken: r.screen_token,
  status: r.status,
  startedAt: r.started_at,
  endedAt: r.ended_at,
});

/** Why a live session could not be indexed: its code is taken (try another), or its group already has one. */
export type InsertLiveOutcome = 'ok' | 'code-taken' | 'group-live';

/** Why a live session's code was not replaced: the new one is taken (draw another), or the session is not live. */
export type ReplaceCodeOutcome = 'ok' | 'code-taken' | 'not-live';

/**
 * A live session's previous code stays its own (seated tablets come back with it), so no live session may take
 * it as its code: checked in the same statement that takes a code. The unique index covers current codes only.
 */
const NOT_A_PREVIOUS_CODE = "NOT EXISTS (SELECT 1 FROM sessions p WHERE p.status = 'live' AND p.previous_join_code = ?)";

export class SessionsRepo {
  constructor(private readonly sql: Sql) {}

  /**
   * Indexes a new live session. Unique indexes decide, atomically on every node: one live session per code and
   * one per group. A clash is reported, not thrown, so the caller can draw another code or open the live one.
   */
  async insertLive(rec: Omit<SessionRecord, 'status' | 'endedAt'>, staffId: string): Promise<InsertLiveOutcome> {
    try {
      const inserted = await this.sql.run(
        `INSERT INTO sessions (id, group_id, join_code, screen_token, status, started_by, started_at) SELECT ?, ?, ?, ?, 'live', ?, ? WHERE ${NOT_A_PREVIOUS_CODE}`,
        [rec.id, rec.groupId, rec.joinCode, rec.screenToken, staffId, rec.startedAt, rec.joinCode],
      );
      if (inserted === 0) return 'code-taken';
      return 'ok';
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const live = await this.sql.get<{ n: number }>("SELECT COUNT(*) AS n FROM sessions WHERE group_id = ? AND status = 'live'", [rec.groupId]);
      return (live?.n ?? 0) > 0 ? 'group-live' : 'code-taken';
    }
  }

  /**
   * Gives a live session a new code; the one it had becomes its previous code (any older one is forgotten). The
   * unique index on live codes decides a clash atomically on every node; a clash is reported so the caller draws again.
   */
  async replaceCode(id: string, code: string): Promise<ReplaceCodeOutcome> {
    try {
      const changed = await this.sql.run(
        `UPDATE sessions SET previous_join_code = join_code, join_code = ? WHERE id = ? AND status = 'live' AND join_code IS NOT NULL AND join_code <> ? AND ${NOT_A_PREVIOUS_CODE}`,
        [code, id, code, code],
      );
      if (changed > 0) return 'ok';
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      return 'code-taken';
    }
    return (await this.get(id))?.status === 'live' ? 'code-taken' : 'not-live';
  }

  /** Ends a session and frees its join codes for reuse. */
  async markEnded(id: string, now: number): Promise<void> {
    await this.sql.run("UPDATE sessions SET status = 'ended', ended_at = ?, join_code = NULL, previous_join_code = NULL WHERE id = ? AND status = 'live'", [
      now,
      id,
    ]);
  }

  async get(id: string): Promise<SessionRecord | undefined> {
    const r = await this.sql.get<SessionRow>('SELECT * FROM sessions WHERE id = ?', [id]);
    return r && toRecord(r);
  }

  async live(): Promise<SessionRecord[]> {
    return (await this.sql.all<SessionRow>("SELECT * FROM sessions WHERE status = 'live' ORDER BY started_at")).map(toRecord);
  }

  async liveByCode(code: string): Promise<SessionRecord | undefined> {
    const r = await this.sql.get<SessionRow>("SELECT * FROM sessions WHERE join_code = ? AND status = 'live'", [code]);
    return r && toRecord(r);
  }

  /** The live session whose code was replaced by a new one (for tablets already seated in it). */
  async liveByPreviousCode(code: string): Promise<SessionRecord | undefined> {
    const r = await this.sql.get<SessionRow>("SELECT * FROM sessions WHERE previous_join_code = ? AND status = 'live'", [code]);
    return r && toRecord(r);
  }

  async liveByScreenToken(token: string): Promise<SessionRecord | undefined> {
    const r = await this.sql.get<SessionRow>("SELECT * FROM sessions WHERE screen_token = ? AND status = 'live'", [token]);
    return r && toRecord(r);
  }

  async liveForGroup(groupId: string): Promise<SessionRecord | undefined> {
    const r = await this.sql.get<SessionRow>("SELECT * FROM sessions WHERE group_id = ? AND status = 'live'", [groupId]);
    return r && toRecord(r);
  }

  async forGroup(groupId: string): Promise<SessionRecord[]> {
    return (await this.sql.all<SessionRow>('SELECT * FROM sessions WHERE group_id = ? ORDER BY started_at DESC', [groupId])).map(toRecord);
  }
}
