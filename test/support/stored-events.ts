// A session's events as the SQLite file holds them, read directly (what was stored, not what the server says).
import Database from 'better-sqlite3';
import { join } from 'node:path';

export interface StoredEvent {
  seq: number;
  type: string;
  payload: unknown;
  at: number;
}

export function storedEvents(dataDir: string, sessionId: string, type?: string): StoredEvent[] {
  const db = new Database(join(dataDir, 'circletime.sqlite'), { readonly: true });
  try {
    const rows = db.prepare(`SELECT seq, type, payload, at FROM events WHERE session_id = ?${type ? ' AND type = ?' : ''} ORDER BY seq`).all(...(type ? [sessionId, type] : [sessionId])) as {
      seq: number;
      type: string;
      payload: string;
      at: number;
    }[];
    return rows.map((r) => ({ seq: r.seq, type: r.type, payload: JSON.parse(r.payload) as unknown, at: r.at }));
  } finally {
    db.close();
  }
}
