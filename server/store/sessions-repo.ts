// The index of live and past sessions (join code, screen token); the event log holds their content.
import { isUniqueViolation, type Sql } from './sql/sql';

export interface SessionRecord {
  id: string;
  groupId: string;
  joinCode: string | null;
  screenToken: string;
  status: 'live' | 'ended';
  startedAt: number;
  endedAt: number | null;
}

interface SessionRow {
  id: string;
  group_id: string;
  join_code: string | null;
  screen_token: string;
  status: 'live' | 'ended';
  started_at: number;
  ended_at: number | null;
}

const toRecord = (r: SessionRow): SessionRecord => ({
  id: r.id,
  groupId: r.group_id,
  joinCode: r.join_code,
  screenToken: r.screen_token,
  status: r.status,
  startedAt: r.started_at,
  endedAt: r.ended_at,
});

/** Why a live session could not be indexed: its code is taken (try another), or its group already has one. */
export type InsertLiveOutcome = 'ok' | 'code-taken' | 'group-live';

export class SessionsRepo {
  constructor(private readonly sql: Sql) {}

  /**
   * Indexes a new live session. Unique indexes decide, atomically on every node: one live session per code and
   * one per group. A clash is reported, not thrown, so the caller can draw another code or open the live one.
   */
  async insertLive(rec: Omit<SessionRecord, 'status' | 'endedAt'>, staffId: string): Promise<InsertLiveOutcome> {
    try {
      await this.sql.run("INSERT INTO sessions (id, group_id, join_code, screen_token, status, started_by, started_at) VALUES (?, ?, ?, ?, 'live', ?, ?)", [
        rec.id,
        rec.groupId,
        rec.joinCode,
        rec.screenToken,
        staffId,
        rec.startedAt,
      ]);
      return 'ok';
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const live = await this.sql.get<{ n: number }>("SELECT COUNT(*) AS n FROM sessions WHERE group_id = ? AND status = 'live'", [rec.groupId]);
      return (live?.n ?? 0) > 0 ? 'group-live' : 'code-taken';
    }
  }

  /** Ends a session and frees its join code for reuse. */
  async markEnded(id: string, now: number): Promise<void> {
    await this.sql.run("UPDATE sessions SET status = 'ended', ended_at = ?, join_code = NULL WHERE id = ? AND status = 'live'", [now, id]);
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
