// The index of live and past sessions (join code, screen token); the event log holds their content.
import type { Db } from './database';

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

export class SessionsRepo {
  constructor(private readonly db: Db) {}

  insertLive(rec: Omit<SessionRecord, 'status' | 'endedAt'>, staffId: string): void {
    this.db
      .prepare(
        "INSERT INTO sessions (id, group_id, join_code, screen_token, status, started_by, started_at) VALUES (?, ?, ?, ?, 'live', ?, ?)",
      )
      .run(rec.id, rec.groupId, rec.joinCode, rec.screenToken, staffId, rec.startedAt);
  }

  /** Ends a session and frees its join code for reuse. */
  markEnded(id: string, now: number): void {
    this.db.prepare("UPDATE sessions SET status = 'ended', ended_at = ?, join_code = NULL WHERE id = ?").run(now, id);
  }

  get(id: string): SessionRecord | undefined {
    const r = this.db.prepare('SELECT * FROM sessions WHERE id = ?').get(id) as SessionRow | undefined;
    return r && toRecord(r);
  }

  live(): SessionRecord[] {
    return (this.db.prepare("SELECT * FROM sessions WHERE status = 'live' ORDER BY started_at").all() as SessionRow[]).map(toRecord);
  }

  forGroup(groupId: string): SessionRecord[] {
    return (
      this.db.prepare('SELECT * FROM sessions WHERE group_id = ? ORDER BY started_at DESC').all(groupId) as SessionRow[]
    ).map(toRecord);
  }
}
